package vn.ocop.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.ocop.reporting.MonthlyReporting;
import vn.ocop.reporting.MonthlyTotals;
import vn.ocop.shop.SalesReport;

/**
 * The measures whose data other modules own: the revenue OCOP producers report monthly (monitoring) and the
 * sales of the OCOP shop (shop). Both in millions of đồng, with the running total month by month as the trend.
 */
final class ExternalMeasures {

	private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

	private ExternalMeasures() {
	}

	static BigDecimal millions(long vnd) {
		return BigDecimal.valueOf(vnd).divide(MILLION, 1, RoundingMode.HALF_UP);
	}

	/** Monthly revenue of OCOP producers, summed from their monthly reports (latest version of each). */
	@Component
	static class ProducerRevenue implements KpiMeasure {

		private final MonthlyReporting reporting;

		ProducerRevenue(MonthlyReporting reporting) {
			this.reporting = reporting;
		}

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
			List<MonthlyTotals> months = reporting.revenueByMonth(input.year());
			long total = 0;
			List<BigDecimal> running = new ArrayList<>();
			for (MonthlyTotals month : months) {
				total += month.revenueVnd();
				running.add(millions(total));
			}
			return new Measurement(true, millions(total), Map.of(), Map.of(), Map.of(), running);
		}
	}

	/** Sales of OCOP products through the online shop: the orders delivered in the year. */
	@Component
	static class ShopSales implements KpiMeasure {

		private final vn.ocop.shop.ShopSales sales;

		ShopSales(vn.ocop.shop.ShopSales sales) {
			this.sales = sales;
		}

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
			long total = 0;
			List<BigDecimal> running = new ArrayList<>();
			for (SalesReport.Month month : sales.salesByMonth(input.year())) {
				total += month.deliveredRevenueVnd();
				running.add(millions(total));
			}
			return new Measurement(true, millions(total), Map.of(), Map.of(), Map.of(), running);
		}
	}
}
