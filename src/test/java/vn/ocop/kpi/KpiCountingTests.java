package vn.ocop.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.ocop.certification.CertificateStatus;
import vn.ocop.certification.CertificationFacts.CertificateFact;
import vn.ocop.criteria.DossierType;
import vn.ocop.registry.ProductStatus;
import vn.ocop.registry.RegistrationType;
import vn.ocop.registry.RegistryFacts.ProductFact;
import vn.ocop.geography.UnitAt;

/**
 * How the product and certificate KPIs count around year boundaries, renewals, revocations and downgrades (issue 18),
 * on records built here rather than on the demo data, and that each figure keeps the list of records it counts.
 */
class KpiCountingTests {

	static final int YEAR = 2025;
	static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
	static final String COMMUNE = "18322";
	static final String SET = "1048-01";

	final List<ProductFact> products = new ArrayList<>();
	final List<CertificateFact> certificates = new ArrayList<>();

	UUID product(int cycleYear, RegistrationType type, ProductStatus status, DossierType dossier, LocalDate filedOn) {
		UUID id = UUID.randomUUID();
		Instant created = LocalDate.of(cycleYear, 3, 1).atStartOfDay(ProductMeasures.ZONE).toInstant();
		products.add(new ProductFact(id, UUID.randomUUID(), cycleYear, new UnitAt(COMMUNE, LocalDate.of(cycleYear, 3, 1)), SET, type,
				status, 4, 3, created, created, dossier, filedOn));
		return id;
	}

	UUID certificate(UUID product, int issuedStars, int stars, LocalDate from, CertificateStatus status) {
		UUID id = UUID.randomUUID();
		certificates.add(new CertificateFact(id, product, UUID.randomUUID(), new UnitAt(COMMUNE, from), issuedStars, stars, from,
				from.plusYears(3).minusDays(1), status, null));
		return id;
	}

	KpiInput input(int year) {
		return new KpiInput(year, TODAY, true, () -> products, List::of, () -> certificates, List::of, List::of,
				List::of, List::of);
	}

	static Measurement measure(KpiMeasure measure, KpiInput input) {
		return measure.measure(input);
	}

	static List<String> ids(Measurement measurement) {
		return measurement.records().stream().map(Measurement.Counted::id).toList();
	}

	@Test
	void shouldCountCertifiedProductsByTheDecisionDayOnceEachWithoutRevokedOnes() {
		UUID lastDay = product(YEAR, RegistrationType.NEW_PRODUCT, ProductStatus.CERTIFIED, DossierType.FIRST, LocalDate.of(YEAR, 5, 1));
		UUID lastDayCertificate = certificate(lastDay, 3, 3, LocalDate.of(YEAR, 12, 31), CertificateStatus.VALID);
		UUID nextYear = product(YEAR, RegistrationType.EXISTING_PRODUCT, ProductStatus.CERTIFIED, DossierType.FIRST, LocalDate.of(YEAR, 5, 1));
		UUID nextYearCertificate = certificate(nextYear, 4, 4, LocalDate.of(YEAR + 1, 1, 1), CertificateStatus.VALID);
		UUID revoked = product(YEAR, RegistrationType.EXISTING_PRODUCT, ProductStatus.CERTIFIED, DossierType.FIRST, LocalDate.of(YEAR, 5, 1));
		certificate(revoked, 3, 3, LocalDate.of(YEAR, 6, 1), CertificateStatus.REVOKED);
		UUID downgraded = product(YEAR, RegistrationType.EXISTING_PRODUCT, ProductStatus.CERTIFIED, DossierType.FIRST, LocalDate.of(YEAR, 5, 1));
		UUID downgradedCertificate = certificate(downgraded, 4, 2, LocalDate.of(YEAR, 7, 1), CertificateStatus.DOWNGRADED);
		// certified twice within the year (the first superseded by an upgrade): one product, its latest certificate
		UUID twice = product(YEAR, RegistrationType.EXISTING_PRODUCT, ProductStatus.CERTIFIED, DossierType.UPGRADE, LocalDate.of(YEAR, 9, 1));
		certificate(twice, 3, 3, LocalDate.of(YEAR, 2, 1), CertificateStatus.SUPERSEDED);
		UUID twiceLatest = certificate(twice, 4, 4, LocalDate.of(YEAR, 11, 1), CertificateStatus.VALID);

		var certified = measure(new ProductMeasures.ProductsCertified(), input(YEAR));
		assertThat(certified.actual()).isEqualByComparingTo("3");
		assertThat(ids(certified)).containsExactlyInAnyOrder(lastDayCertificate.toString(),
				downgradedCertificate.toString(), twiceLatest.toString());
		// the issued stars count on the decision; the downgraded product counts at the stars it was recognised with
		assertThat(certified.breakdown().get("programme.breakdown.stars.4")).isEqualByComparingTo("2");
		assertThat(certified.breakdown().get("programme.breakdown.stars.3")).isEqualByComparingTo("1");
		assertThat(certified.monthly().get(11)).isEqualByComparingTo("3");
		assertThat(certified.monthly().get(10)).isEqualByComparingTo("2");
		assertThat(measure(new ProductMeasures.ProductsCertifiedNew(), input(YEAR)).actual()).isEqualByComparingTo("1");
		assertThat(measure(new ProductMeasures.ProductsCertifiedExisting(), input(YEAR)).actual()).isEqualByComparingTo("2");

		// 3★ and more counts the stars in force: the downgraded product (now 2★) is not among them
		var threeOrMore = measure(new ProductMeasures.ProductsThreeStarsOrMore(), input(YEAR));
		assertThat(ids(threeOrMore)).containsExactlyInAnyOrder(lastDayCertificate.toString(), twiceLatest.toString());

		// the certificate of 1 January belongs to the next year only
		var following = measure(new ProductMeasures.ProductsCertified(), input(YEAR + 1));
		assertThat(ids(following)).containsExactly(nextYearCertificate.toString());
		assertThat(following.monthly().get(0)).isEqualByComparingTo(BigDecimal.ONE);
	}

	@Test
	void shouldCountRenewalsFiledInTheYearAsTakingPartAndTheirCertificatesAsRenewed() {
		UUID current = product(YEAR, RegistrationType.NEW_PRODUCT, ProductStatus.SUBMITTED, DossierType.FIRST, LocalDate.of(YEAR, 4, 1));
		UUID withdrawn = product(YEAR, RegistrationType.NEW_PRODUCT, ProductStatus.WITHDRAWN, DossierType.FIRST, LocalDate.of(YEAR, 4, 1));
		UUID renewed = product(YEAR - 3, RegistrationType.EXISTING_PRODUCT, ProductStatus.CERTIFIED, DossierType.RE_EVALUATION, LocalDate.of(YEAR, 6, 1));
		UUID old = certificate(renewed, 3, 3, LocalDate.of(YEAR - 3, 9, 1), CertificateStatus.SUPERSEDED);
		UUID renewal = certificate(renewed, 3, 3, LocalDate.of(YEAR, 8, 20), CertificateStatus.VALID);
		// filed on 31 December of the year before: takes part in that year, not in this one
		UUID filedEarlier = product(YEAR - 2, RegistrationType.EXISTING_PRODUCT, ProductStatus.CERTIFIED, DossierType.UPGRADE, LocalDate.of(YEAR - 1, 12, 31));

		var takingPart = measure(new ProductMeasures.ProductsTakingPart(), input(YEAR));
		assertThat(ids(takingPart)).containsExactlyInAnyOrder(current.toString(), renewed.toString());
		assertThat(ids(measure(new ProductMeasures.ProductsTakingPart(), input(YEAR - 1)))).contains(filedEarlier.toString())
				.doesNotContain(renewed.toString(), withdrawn.toString());

		var renewals = measure(new CertificateMeasures.CertificatesRenewed(), input(YEAR));
		assertThat(ids(renewals)).containsExactly(renewal.toString());
		var expired = measure(new CertificateMeasures.CertificatesExpired(), input(YEAR));
		assertThat(ids(expired)).containsExactly(old.toString());
		assertThat(expired.breakdown().get("programme.breakdown.renewed")).isEqualByComparingTo(BigDecimal.ONE);
	}

	@Test
	void shouldKeepNoRecordsWhenOnlyTheNumbersAreAsked() {
		UUID p = product(YEAR, RegistrationType.NEW_PRODUCT, ProductStatus.CERTIFIED, DossierType.FIRST, LocalDate.of(YEAR, 4, 1));
		certificate(p, 3, 3, LocalDate.of(YEAR, 8, 20), CertificateStatus.VALID);
		var numbersOnly = new KpiInput(YEAR, TODAY, false, () -> products, List::of, () -> certificates, List::of,
				List::of, List::of, List::of);
		var certified = new ProductMeasures.ProductsCertified().measure(numbersOnly);
		assertThat(certified.actual()).isEqualByComparingTo(BigDecimal.ONE);
		assertThat(certified.records()).isEmpty();
		assertThat(certified.byCommune()).isEmpty();
	}
}
