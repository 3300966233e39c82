package vn.ocop.kpi;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.ocop.certification.CertificationFacts.CertificateFact;
import vn.ocop.registry.RegistrationType;
import vn.ocop.registry.RegistryFacts.ProductFact;
import vn.ocop.shared.Stars;

/**
 * The measures of products: registered ideas, selected ideas, products taking part, certified products (all,
 * existing ones improved and standardised, new ones), products at 3★ and more (per star).
 */
final class ProductMeasures {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private ProductMeasures() {
	}

	/** Seconds east of UTC of Vietnam's time (UTC+7, unchanged since 1975). */
	private static final long OFFSET_SECONDS = 7 * 3600;

	/** The day in Vietnam of an instant (arithmetic on the fixed offset: this runs for every product). */
	static LocalDate day(java.time.Instant instant) {
		return LocalDate.ofEpochDay(Math.floorDiv(instant.getEpochSecond() + OFFSET_SECONDS, 86_400L));
	}

	static String typeKey(RegistrationType type) {
		return "programme.breakdown.type." + type.name();
	}

	/**
	 * The products certified in the year (a certificate dated in the year), each once with its latest certificate
	 * of the year.
	 */
	static Map<UUID, CertificateFact> certifiedInYear(KpiInput input) {
		return input.shared("certifiedInYear", () -> latestOfYear(input));
	}

	private static Map<UUID, CertificateFact> latestOfYear(KpiInput input) {
		Map<UUID, CertificateFact> latest = new LinkedHashMap<>();
		// by the decision's day; a revoked certificate does not count (a product is counted once, with its latest
		// certificate of the year, so one superseded within the year by a renewal is not counted twice)
		input.certificates().stream().filter(c -> c.validFrom().getYear() == input.year())
				.filter(c -> c.status() != vn.ocop.certification.CertificateStatus.REVOKED)
				.sorted(Comparator.comparing(CertificateFact::validFrom))
				.forEach(c -> latest.put(c.productId(), c));
		return latest;
	}

	@Component
	static class IdeasRegistered implements KpiMeasure {

		public String code() {
			return "IDEAS_REGISTERED";
		}

		public String unitCode() {
			return "programme.unit.products";
		}

		public int order() {
			return 10;
		}

		public Measurement measure(KpiInput input) {
			var tally = input.tally().keys(typeKey(RegistrationType.EXISTING_PRODUCT),
					typeKey(RegistrationType.NEW_PRODUCT));
			input.products().forEach(p -> tally.add(CountedKind.PRODUCT, p.id(), p.unitAt().code(), p.productSetCode(), day(p.createdAt()),
					typeKey(p.registrationType())));
			return tally.done();
		}
	}

	@Component
	static class IdeasSelected implements KpiMeasure {

		public String code() {
			return "IDEAS_SELECTED";
		}

		public String unitCode() {
			return "programme.unit.products";
		}

		public int order() {
			return 11;
		}

		public Measurement measure(KpiInput input) {
			var tally = input.tally().keys(typeKey(RegistrationType.EXISTING_PRODUCT),
					typeKey(RegistrationType.NEW_PRODUCT));
			input.products().stream().filter(p -> p.reachedStage() >= 1).forEach(p -> tally.add(CountedKind.PRODUCT, p.id(), p.unitAt().code(),
					p.productSetCode(), day(p.createdAt()), typeKey(p.registrationType())));
			return tally.done();
		}
	}

	@Component
	static class ProductsTakingPart implements KpiMeasure {

		public String code() {
			return "PRODUCTS_TAKING_PART";
		}

		public String unitCode() {
			return "programme.unit.products";
		}

		public int order() {
			return 1;
		}

		public Measurement measure(KpiInput input) {
			var tally = input.tally().keys(typeKey(RegistrationType.EXISTING_PRODUCT),
					typeKey(RegistrationType.NEW_PRODUCT));
			input.takingPart().forEach(p -> tally.add(CountedKind.PRODUCT, p.id(), p.unitAt().code(), p.productSetCode(), day(p.createdAt()),
					typeKey(p.registrationType())));
			return tally.done();
		}
	}

	/** Certified products, optionally of one registration type. */
	abstract static class Certified implements KpiMeasure {

		abstract boolean counts(RegistrationType type);

		public String unitCode() {
			return "programme.unit.products";
		}

		public Measurement measure(KpiInput input) {
			var tally = input.tally().keys("programme.breakdown.stars.3", "programme.breakdown.stars.4",
					"programme.breakdown.stars.5");
			certifiedInYear(input).values().forEach(c -> {
				ProductFact product = input.productsById().get(c.productId());
				RegistrationType type = product == null ? RegistrationType.EXISTING_PRODUCT : product.registrationType();
				if (counts(type)) {
					tally.add(CountedKind.CERTIFICATE, c.id(), c.unitAt().code(), product == null ? null : product.productSetCode(), c.validFrom(),
							"programme.breakdown.stars." + c.issuedStars());
				}
			});
			return tally.done();
		}
	}

	@Component
	static class ProductsCertified extends Certified {

		public String code() {
			return "PRODUCTS_CERTIFIED";
		}

		public int order() {
			return 2;
		}

		boolean counts(RegistrationType type) {
			return true;
		}
	}

	@Component
	static class ProductsCertifiedExisting extends Certified {

		public String code() {
			return "PRODUCTS_CERTIFIED_EXISTING";
		}

		public int order() {
			return 3;
		}

		boolean counts(RegistrationType type) {
			return type == RegistrationType.EXISTING_PRODUCT;
		}
	}

	@Component
	static class ProductsCertifiedNew extends Certified {

		public String code() {
			return "PRODUCTS_CERTIFIED_NEW";
		}

		public int order() {
			return 4;
		}

		boolean counts(RegistrationType type) {
			return type == RegistrationType.NEW_PRODUCT;
		}
	}

	@Component
	static class ProductsThreeStarsOrMore implements KpiMeasure {

		public String code() {
			return "PRODUCTS_THREE_STARS_OR_MORE";
		}

		public String unitCode() {
			return "programme.unit.products";
		}

		public int order() {
			return 5;
		}

		public Measurement measure(KpiInput input) {
			var tally = input.tally().keys("programme.breakdown.stars.3", "programme.breakdown.stars.4",
					"programme.breakdown.stars.5");
			certifiedInYear(input).values().stream().filter(c -> Stars.isCertifiable(c.stars())).forEach(c -> {
				ProductFact product = input.productsById().get(c.productId());
				tally.add(CountedKind.CERTIFICATE, c.id(), c.unitAt().code(), product == null ? null : product.productSetCode(), c.validFrom(),
						"programme.breakdown.stars." + c.stars());
			});
			return tally.done();
		}
	}
}
