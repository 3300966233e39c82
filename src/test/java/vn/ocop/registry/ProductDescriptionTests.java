package vn.ocop.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import vn.ocop.criteria.DossierType;
import vn.ocop.shared.BusinessRuleException;

/**
 * The product's description: kept normalised, changed only while open for changes, and — once certified — a change
 * of what the certificate recognised (name, product set, packaging, story) is published for the certificate to
 * follow, directly by the office or through an approved request.
 */
class ProductDescriptionTests {

	static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");
	static final Set<String> REQUIRED = new LinkedHashSet<>(List.of("REGISTRATION_FORM"));

	Product product = new Product(UUID.randomUUID(), 2026, "26/2026/QĐ-TTg",
			new ProductDetails("  Cam Vũ Quang ", " 1048-01 ", " 18322 ", RegistrationType.NEW_PRODUCT, "Cam chanh",
					null, "Hộp 5 kg", null, "kg", 40_000L, " ", "Câu chuyện"),
			LocalDate.of(2026, 3, 1), NOW, "producer");

	@SuppressWarnings("unchecked")
	Collection<Object> events() {
		return (Collection<Object>) ReflectionTestUtils.invokeMethod(product, "domainEvents");
	}

	@Test
	void shouldKeepTheDescriptionNormalised() {
		ProductSummary summary = product.toSummary("HTX Cam");

		assertThat(summary.name()).isEqualTo("Cam Vũ Quang");
		assertThat(summary.productSetCode()).isEqualTo("1048-01");
		assertThat(summary.communeCode()).isEqualTo("18322");
		assertThat(summary.gtin()).as("a blank GTIN is none").isNull();
	}

	@Test
	void shouldTellWhetherDetailsChangeWhatACertificateRecognised() {
		var same = new ProductDetails(" Cam Vũ Quang", "1048-01", "18322", RegistrationType.NEW_PRODUCT,
				"Mô tả khác", "Cam", "Hộp 5 kg", "30 ngày", "kg", 50_000L, null, "Câu chuyện");

		assertThat(product.changesCertified(same)).as("description, ingredients, price: not certified details").isFalse();
		assertThat(product.changesCertified(same.inCommune("18325"))).isFalse();
		assertThat(product.changesCertified(ProductDetails.basic("Cam Vũ Quang", "1048-02", "18322", null))).isTrue();
		assertThat(new ProductDetails("Cam Vũ Quang", "1048-01", "18322", RegistrationType.NEW_PRODUCT, null, null,
				" ", null, null, null, null, null).changeCertified("Cam Vũ Quang", "1048-01", null, ""))
				.as("a blank packaging or story is none").isFalse();
	}

	@Test
	void shouldPublishAChangeOfTheCertifiedDetailsOnlyOfACertifiedProduct() {
		product.describe(ProductDetails.basic("Cam Vũ Quang mới", "1048-01", "18322", null), NOW, "producer");
		assertThat(events()).last().isInstanceOf(ProductDescribed.class);

		certified();
		product.describe(new ProductDetails("Cam Vũ Quang mới", "1048-01", "18322", RegistrationType.NEW_PRODUCT,
				"Mô tả mới", null, null, null, null, null, null, null), NOW, "office");
		assertThat(events()).last().as("the description only").isInstanceOf(ProductDescribed.class);

		product.describe(ProductDetails.basic("Cam bù Vũ Quang", "1048-01", "18322", null), NOW, "office");
		assertThat(events()).last().isInstanceOfSatisfying(CertifiedDetailsAmended.class, e -> {
			assertThat(e.name()).isEqualTo("Cam bù Vũ Quang");
			assertThat(e.requestId()).isNull();
			assertThat(e.actor()).isEqualTo("office");
		});
	}

	@Test
	void shouldTakeAnApprovedChangeOfTheCertifiedDetails() {
		assertThatThrownBy(() -> new CertifiedChangeRequest(product,
				new CertifiedChange("Cam bù", "1048-01", null, null, "Đổi tên"), NOW, "producer"))
				.isInstanceOfSatisfying(BusinessRuleException.class,
						e -> assertThat(e.messageCode()).isEqualTo("registry.certifiedChange.notCertified"));
		certified();
		var request = new CertifiedChangeRequest(product,
				new CertifiedChange("Cam bù Vũ Quang", "1048-01", null, " ", "Đổi tên theo nhãn mới"), NOW, "producer");

		request.approve(product, null, NOW, "office");

		assertThat(product.getName()).isEqualTo("Cam bù Vũ Quang");
		assertThat(product.getPackaging()).as("left out: unchanged").isEqualTo("Hộp 5 kg");
		assertThat(product.getStory()).as("blank: cleared").isNull();
		assertThat(events()).last().isInstanceOfSatisfying(CertifiedDetailsAmended.class,
				e -> assertThat(e.requestId()).isNotNull());
	}

	@Test
	void shouldLockTheDescriptionAndTheDossierBeforeACouncilAndAfterAnEnd() {
		filed();
		product.startEvaluation("council", NOW);
		assertThatThrownBy(() -> ProductStatus.UNDER_EVALUATION.requireOpenForChanges())
				.isInstanceOfSatisfying(BusinessRuleException.class,
						e -> assertThat(e.properties()).containsEntry("currentStatus", "UNDER_EVALUATION"));
		assertThatThrownBy(() -> product.describe(ProductDetails.basic("Cam", "1048-01", "18322", null), NOW, "producer"))
				.isInstanceOfSatisfying(BusinessRuleException.class,
						e -> assertThat(e.messageCode()).isEqualTo("registry.product.locked"));
		assertThat(ProductStatus.OPEN_FOR_CHANGES).doesNotContain(ProductStatus.REVOKED, ProductStatus.WITHDRAWN,
				ProductStatus.NOT_SELECTED, ProductStatus.SUBMITTED, ProductStatus.RATED);
		assertThatThrownBy(() -> ProductStatus.REVOKED.requireMoveTo(ProductStatus.SUBMITTED))
				.isInstanceOfSatisfying(BusinessRuleException.class, e -> {
					assertThat(e.messageCode()).isEqualTo("registry.product.illegalTransition");
					assertThat(e.properties()).containsEntry("requestedStatus", "SUBMITTED");
				});
	}

	private void filed() {
		product.select("commune", null, NOW);
		product.addDocument(new DossierDocument(product.getId(), "REGISTRATION_FORM", "form.pdf", "application/pdf",
				10, "x", "k", NOW, "producer"), NOW);
		product.submit("producer", REQUIRED, DossierType.FIRST, LocalDate.of(2026, 3, 1), NOW);
	}

	private void certified() {
		filed();
		product.startEvaluation("council", NOW);
		product.rate(true, 3, "council", null, NOW);
		product.certify(3, "office", null, NOW);
	}
}
