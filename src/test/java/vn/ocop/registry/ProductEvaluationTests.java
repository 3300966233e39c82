package vn.ocop.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.ocop.criteria.DossierType;
import vn.ocop.shared.BusinessRuleException;

/**
 * The product aggregate from a filed dossier on: evaluation, rating, certification, its stars, expiry and
 * revocation, and a renewal dossier (re-evaluation, upgrade) filed while the certificate stays in force.
 */
class ProductEvaluationTests {

	static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");
	static final Set<String> REQUIRED = new LinkedHashSet<>(List.of("REGISTRATION_FORM"));

	Product product = new Product(UUID.randomUUID(), 2026, "26/2026/QĐ-TTg",
			ProductDetails.basic("Cam Vũ Quang", "1048-01", "18322", "Cam chanh"), LocalDate.of(2026, 3, 1), NOW,
			"producer");

	@Test
	void shouldBeRatedAndCertifiedWithItsStarsReachingTheLastFunnelStage() {
		filed();
		product.startEvaluation("council", NOW);
		product.rate(true, 4, "council", null, NOW);
		assertThat(product.getStatus()).isEqualTo(ProductStatus.RATED);
		assertThat(product.getStars()).isEqualTo(4);
		assertThat(product.getReachedStage()).isEqualTo(3);

		product.certify(4, "office", "QĐ 01/QĐ-UBND", NOW);
		assertThat(product.getStatus()).isEqualTo(ProductStatus.CERTIFIED);
		assertThat(product.getReachedStage()).isEqualTo(4);
		product.changeStars(3);
		assertThat(product.getStars()).isEqualTo(3);
	}

	@Test
	void shouldKeepANotRatedProductOpenToResubmission() {
		filed();
		product.startEvaluation("council", NOW);
		product.rate(false, 0, "council", "Dưới 50 điểm", NOW);
		assertThat(product.getStatus()).isEqualTo(ProductStatus.NOT_RATED);
		assertThatThrownBy(() -> product.certify(3, "office", null, NOW)).isInstanceOf(BusinessRuleException.class);
		product.submit("producer", REQUIRED, NOW);
		assertThat(product.getStatus()).isEqualTo(ProductStatus.SUBMITTED);
	}

	@Test
	void shouldChangeStarsOnlyOfACertifiedProduct() {
		filed();
		assertThatThrownBy(() -> product.changeStars(3)).isInstanceOfSatisfying(BusinessRuleException.class,
				e -> assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.CONFLICT));
	}

	@Test
	void shouldFileARenewalOnlyForACertifiedProductKeepingItsStatusUntilACouncilStarts() {
		filed();
		assertThatThrownBy(() -> product.fileRenewal(REQUIRED, DossierType.RE_EVALUATION, LocalDate.of(2026, 4, 1)))
				.isInstanceOfSatisfying(BusinessRuleException.class,
						e -> assertThat(e.messageCode()).isEqualTo("registry.product.renewalNotAllowed"));
		product.startEvaluation("council", NOW);
		product.rate(true, 3, "council", null, NOW);
		product.certify(3, "office", null, NOW);
		assertThatThrownBy(() -> product.fileRenewal(REQUIRED, DossierType.FIRST, LocalDate.of(2026, 4, 1)))
				.isInstanceOf(BusinessRuleException.class);

		product.fileRenewal(REQUIRED, DossierType.UPGRADE, LocalDate.of(2029, 1, 10));

		var summary = product.toSummary("HTX Cam");
		assertThat(summary.status()).isEqualTo(ProductStatus.CERTIFIED);
		assertThat(summary.dossierType()).isEqualTo(DossierType.UPGRADE);
		assertThat(summary.filedOn()).isEqualTo(LocalDate.of(2029, 1, 10));
		assertThat(summary.renewalFiled()).isTrue();

		product.startEvaluation("council", NOW);
		assertThat(product.toSummary("HTX Cam").renewalFiled()).isFalse();
	}

	@Test
	void shouldRefuseARenewalWithMissingDocuments() {
		certified();
		assertThatThrownBy(() -> product.fileRenewal(new LinkedHashSet<>(List.of("REGISTRATION_FORM", "TEST_REPORT")),
				DossierType.RE_EVALUATION, LocalDate.of(2029, 1, 10)))
				.isInstanceOfSatisfying(BusinessRuleException.class,
						e -> assertThat(e.properties().get("missingDocuments")).isEqualTo(List.of("TEST_REPORT")));
		assertThat(product.toSummary("HTX Cam").renewalFiled()).isFalse();
	}

	@Test
	void shouldEndWithExpiryOrRevocationWhichNeedsAReason() {
		certified();
		assertThatThrownBy(() -> product.revoke("office", " ", NOW)).isInstanceOf(BusinessRuleException.class);
		product.expire("system", NOW);
		assertThat(product.getStatus()).isEqualTo(ProductStatus.EXPIRED);
		assertThat(product.getReachedStage()).isEqualTo(4);
		assertThatThrownBy(() -> product.revoke("office", "Vi phạm", NOW)).isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void shouldLockTheDescriptionWhileBeforeACouncil() {
		filed();
		assertThatThrownBy(() -> product.describe(ProductDetails.basic("Cam mới", "1048-01", "18322", null), NOW,
				"producer")).isInstanceOfSatisfying(BusinessRuleException.class,
						e -> assertThat(e.messageCode()).isEqualTo("registry.product.locked"));
		assertThat(product.getName()).isEqualTo("Cam Vũ Quang");
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
