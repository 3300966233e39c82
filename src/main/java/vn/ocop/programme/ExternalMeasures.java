package vn.ocop.programme;

import org.springframework.stereotype.Component;

/**
 * The measures whose data other modules own, waiting to be wired after the merge. Each stays on the dashboard as
 * “not connected” until then.
 * <ul>
 * <li>{@link ProducerRevenue}: monthly revenue of OCOP producers, from the monitoring module (vn.ocop.monitoring):
 * call its API in {@code measure} with the year, sum the producers' reported revenue per month into
 * {@code Measurement.monthly}, per commune into {@code byCommune}.</li>
 * <li>{@link ShopSales}: sales of the OCOP shop, from the shop module (vn.ocop.shop), the same way.</li>
 * </ul>
 */
final class ExternalMeasures {

	private ExternalMeasures() {
	}

	/** WIRE-UP POINT (monitoring): monthly revenue of OCOP producers. */
	@Component
	static class ProducerRevenue implements KpiMeasure {

		public String code() {
			return "PRODUCER_REVENUE";
		}

		public String unitCode() {
			return "programme.unit.millionVnd";
		}

		public int order() {
			return 50;
		}

		public Measurement measure(KpiInput input) {
			// TODO(lead): replace with vn.ocop.monitoring's API once merged (revenue per producer and month)
			return Measurement.unavailable();
		}
	}

	/** WIRE-UP POINT (shop): sales of OCOP products through the online shop. */
	@Component
	static class ShopSales implements KpiMeasure {

		public String code() {
			return "SHOP_SALES";
		}

		public String unitCode() {
			return "programme.unit.millionVnd";
		}

		public int order() {
			return 51;
		}

		public Measurement measure(KpiInput input) {
			// TODO(lead): replace with vn.ocop.shop's API once merged (order totals per month)
			return Measurement.unavailable();
		}
	}
}
