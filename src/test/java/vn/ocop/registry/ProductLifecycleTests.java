package vn.ocop.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.ocop.shared.BusinessRuleException;

/**
 * The product aggregate guards its lifecycle.
 */
class ProductLifecycleTests {

	static final Instant NOW = Instant.parse("2019-03-01T02:00:00Z");

	Product product = new Product(UUID.randomUUID(), 2019, "1048/QĐ-TTg",
			ProductDetails.basic("Cam Vũ Quang", "1048-01", "18322", "Cam chanh"), LocalDate.of(2019, 3, 10), NOW,
			"producer");

	@Test
	void shouldStartAsARegisteredIdeaOnItsTimeline() {
		assertThat(product.getStatus()).isEqualTo(ProductStatus.IDEA_REGISTERED);
		assertThat(product.timeline()).singleElement()
				.satisfies(step -> assertThat(step.to()).isEqualTo(ProductStatus.IDEA_REGISTERED));
	}

	@Test
	void shouldGoThroughSelectionAndSubmissionRecordingWhoAndWhy() {
		product.select("district", "Có tiềm năng", NOW.plusSeconds(60));
		product.addDocument(doc("REGISTRATION_FORM"), NOW.plusSeconds(120));
		product.submit("producer", new LinkedHashSet<>(List.of("REGISTRATION_FORM")), NOW.plusSeconds(180));

		assertThat(product.getStatus()).isEqualTo(ProductStatus.SUBMITTED);
		assertThat(product.getReachedStage()).isEqualTo(2);
		assertThat(product.timeline()).extracting(StatusChange::to).containsExactly(ProductStatus.IDEA_REGISTERED,
				ProductStatus.SELECTED, ProductStatus.SUBMITTED);
		assertThat(product.timeline().get(1).by()).isEqualTo("district");
		assertThat(product.timeline().get(1).reason()).isEqualTo("Có tiềm năng");
	}

	@Test
	void shouldRefuseSubmissionListingWhatIsMissing() {
		product.select("district", null, NOW);
		assertThatThrownBy(() -> product.submit("producer",
				new LinkedHashSet<>(List.of("REGISTRATION_FORM", "BUSINESS_PLAN")), NOW))
				.isInstanceOfSatisfying(BusinessRuleException.class, e -> {
					assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.UNPROCESSABLE);
					assertThat(e.properties().get("missingDocuments")).isEqualTo(List.of("REGISTRATION_FORM", "BUSINESS_PLAN"));
				});
		assertThat(product.getStatus()).isEqualTo(ProductStatus.SELECTED);
	}

	@Test
	void shouldRefuseIllegalTransitionsNamingTheCurrentStatus() {
		assertThatThrownBy(() -> product.submit("producer", new LinkedHashSet<>(), NOW))
				.isInstanceOfSatisfying(BusinessRuleException.class, e -> {
					assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.CONFLICT);
					assertThat(e.properties().get("currentStatus")).isEqualTo("IDEA_REGISTERED");
				});
		product.reject("district", "Chưa có đặc trưng địa phương", NOW);
		assertThatThrownBy(() -> product.select("district", null, NOW)).isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> product.withdraw("producer", null, NOW)).isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void shouldRequireAReasonToReject() {
		assertThatThrownBy(() -> product.reject("district", " ", NOW))
				.isInstanceOfSatisfying(BusinessRuleException.class,
						e -> assertThat(e.messageCode()).isEqualTo("registry.product.reasonRequired"));
		assertThat(product.getStatus()).isEqualTo(ProductStatus.IDEA_REGISTERED);
	}

	@Test
	void shouldKeepSupersededDocumentsAndLockTheDossierAfterSubmission() {
		product.select("district", null, NOW);
		product.addDocument(doc("REGISTRATION_FORM"), NOW);
		product.addDocument(doc("REGISTRATION_FORM"), NOW.plusSeconds(1));
		assertThat(product.allDocuments()).hasSize(2);
		assertThat(product.currentDocuments()).hasSize(1);
		product.submit("producer", new LinkedHashSet<>(List.of("REGISTRATION_FORM")), NOW);
		assertThatThrownBy(() -> product.addDocument(doc("TEST_REPORT"), NOW))
				.isInstanceOfSatisfying(BusinessRuleException.class,
						e -> assertThat(e.messageCode()).isEqualTo("registry.product.locked"));
	}

	@Test
	void shouldAcceptTheUsualFormsOfRegistrationNumbers() {
		assertThat(RegistrationNumber.parse("3001234561").formatted()).isEqualTo("3001234561");
		assertThat(RegistrationNumber.parse("3001234561-001").value()).isEqualTo("3001234561001");
		assertThat(RegistrationNumber.parse(" 3001234561001 ").formatted()).isEqualTo("3001234561-001");
		assertThat(RegistrationNumber.isValidText("300123456")).isFalse();
		assertThat(RegistrationNumber.isValidText("30012345610")).isFalse();
		assertThat(RegistrationNumber.isValidText("30012345AB")).isFalse();
	}

	@Test
	void shouldReturnAFiledDossierWithWhatIsMissingAndTakeItBackCompleted() {
		var required = new LinkedHashSet<>(List.of("REGISTRATION_FORM"));
		product.select("district", null, NOW);
		product.addDocument(doc("REGISTRATION_FORM"), NOW.plusSeconds(60));
		product.submit("producer", required, NOW.plusSeconds(120));

		product.returnDossier("commune", "  Thiếu giấy chứng nhận an toàn thực phẩm ", NOW.plusSeconds(180));

		assertThat(product.getStatus()).isEqualTo(ProductStatus.RETURNED);
		assertThat(ProductStatus.OPEN_FOR_CHANGES).contains(ProductStatus.RETURNED);
		assertThat(product.getReachedStage()).isEqualTo(2);
		assertThat(product.lastReturn()).hasValueSatisfying(change -> {
			assertThat(change.by()).isEqualTo("commune");
			assertThat(change.reason()).isEqualTo("Thiếu giấy chứng nhận an toàn thực phẩm");
			assertThat(change.from()).isEqualTo(ProductStatus.SUBMITTED);
		});

		product.addDocument(doc("FOOD_SAFETY"), NOW.plusSeconds(240));
		product.submit("producer", required, NOW.plusSeconds(300));

		assertThat(product.getStatus()).isEqualTo(ProductStatus.SUBMITTED);
		assertThat(product.lastReturn()).isEmpty();
		assertThat(product.latest(ProductStatus.RETURNED)).hasValueSatisfying(c -> assertThat(c.by()).isEqualTo("commune"));
		assertThat(product.timeline()).extracting(StatusChange::to).containsExactly(ProductStatus.IDEA_REGISTERED,
				ProductStatus.SELECTED, ProductStatus.SUBMITTED, ProductStatus.RETURNED, ProductStatus.SUBMITTED);
	}

	@Test
	void shouldRequireAReasonToReturnADossier() {
		product.select("district", null, NOW);
		product.submit("producer", new LinkedHashSet<>(), NOW);
		assertThatThrownBy(() -> product.returnDossier("commune", " ", NOW))
				.isInstanceOfSatisfying(BusinessRuleException.class,
						e -> assertThat(e.messageCode()).isEqualTo("registry.product.reasonRequired"));
		assertThat(product.getStatus()).isEqualTo(ProductStatus.SUBMITTED);
	}

	@Test
	void shouldReturnOnlyAFiledDossier() {
		assertThatThrownBy(() -> product.returnDossier("commune", "Thiếu hồ sơ", NOW))
				.isInstanceOfSatisfying(BusinessRuleException.class, e -> {
					assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.CONFLICT);
					assertThat(e.properties().get("currentStatus")).isEqualTo("IDEA_REGISTERED");
				});
		product.select("district", null, NOW);
		product.submit("producer", new LinkedHashSet<>(), NOW);
		product.startEvaluation("council", NOW);
		assertThatThrownBy(() -> product.returnDossier("commune", "Thiếu hồ sơ", NOW))
				.isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void shouldRefuseAnIncompleteResubmissionAndAllowAWithdrawalOfAReturnedDossier() {
		product.select("district", null, NOW);
		product.submit("producer", new LinkedHashSet<>(), NOW);
		product.returnDossier("commune", "Thiếu kế hoạch kinh doanh", NOW);
		assertThatThrownBy(() -> product.submit("producer", new LinkedHashSet<>(List.of("BUSINESS_PLAN")), NOW))
				.isInstanceOfSatisfying(BusinessRuleException.class,
						e -> assertThat(e.properties().get("missingDocuments")).isEqualTo(List.of("BUSINESS_PLAN")));
		assertThat(product.getStatus()).isEqualTo(ProductStatus.RETURNED);
		product.withdraw("producer", null, NOW);
		assertThat(product.getStatus()).isEqualTo(ProductStatus.WITHDRAWN);
	}

	private DossierDocument doc(String type) {
		return new DossierDocument(product.getId(), type, type + ".pdf", "application/pdf", 10, "x", "k", NOW, "producer");
	}
}
