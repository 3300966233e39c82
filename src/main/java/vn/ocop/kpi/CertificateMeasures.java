package vn.ocop.kpi;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.ocop.certification.CertificationFacts.CertificateFact;
import vn.ocop.registry.RegistryFacts.ProductFact;

/**
 * Expiries and renewals of certificates: how many certificates reached the end of their 36 months in the year,
 * and how many products were certified again in the year after an earlier certificate.
 */
final class CertificateMeasures {

	private CertificateMeasures() {
	}

	static Map<UUID, List<CertificateFact>> byProduct(KpiInput input) {
		return input.shared("certificatesByProduct", () -> input.certificates().stream().sorted(Comparator.comparing(CertificateFact::validFrom))
				.collect(Collectors.groupingBy(CertificateFact::productId)));
	}

	@Component
	static class CertificatesExpired implements KpiMeasure {

		public String code() {
			return "CERTIFICATES_EXPIRED";
		}

		public String unitCode() {
			return "programme.unit.certificates";
		}

		public int order() {
			return 40;
		}

		public Measurement measure(KpiInput input) {
			var tally = input.tally().keys("programme.breakdown.renewed", "programme.breakdown.notRenewed");
			var history = byProduct(input);
			input.certificates().stream()
					.filter(c -> c.validUntil().getYear() == input.year() && c.validUntil().isBefore(input.today()))
					.forEach(c -> {
						boolean renewed = history.getOrDefault(c.productId(), List.of()).stream()
								.anyMatch(o -> !o.id().equals(c.id()) && o.validFrom().isAfter(c.validFrom()));
						ProductFact product = input.productsById().get(c.productId());
						tally.add(CountedKind.CERTIFICATE, c.id(), c.unitAt().code(), product == null ? null : product.productSetCode(), c.validUntil(),
								renewed ? "programme.breakdown.renewed" : "programme.breakdown.notRenewed");
					});
			return tally.done();
		}
	}

	@Component
	static class CertificatesRenewed implements KpiMeasure {

		public String code() {
			return "CERTIFICATES_RENEWED";
		}

		public String unitCode() {
			return "programme.unit.certificates";
		}

		public int order() {
			return 41;
		}

		public Measurement measure(KpiInput input) {
			var tally = input.tally();
			var history = byProduct(input);
			input.certificates().stream().filter(c -> c.validFrom().getYear() == input.year()).forEach(c -> {
				boolean earlier = history.getOrDefault(c.productId(), List.of()).stream()
						.anyMatch(o -> !o.id().equals(c.id()) && o.validFrom().isBefore(c.validFrom()));
				if (earlier) {
					ProductFact product = input.productsById().get(c.productId());
					tally.add(CountedKind.CERTIFICATE, c.id(), c.unitAt().code(), product == null ? null : product.productSetCode(), c.validFrom(),
							"programme.breakdown.stars." + c.issuedStars());
				}
			});
			return tally.done();
		}
	}
}
