package vn.ocop.shop;

import java.util.List;

/**
 * The sales of a year: per month, and totals by producer, product group and district-level unit of the producer.
 * Orders count every order placed in the period that was not cancelled; revenue counts the orders delivered in the
 * period, in whole đồng.
 */
public record SalesReport(int year, List<Month> months, List<Row> byProducer, List<Row> byProductGroup,
		List<Row> byDistrict, long orders, long deliveredRevenueVnd) {

	/**
	 * @param month 1 to 12
	 * @param orders orders placed in the month and not cancelled
	 * @param deliveredOrders orders delivered in the month
	 * @param deliveredRevenueVnd their total
	 */
	public record Month(int month, long orders, long deliveredOrders, long deliveredRevenueVnd) {
	}

	/** One line of a breakdown: a producer, a product group or a district (key is its id or code). */
	public record Row(String key, String name, long orders, long deliveredRevenueVnd) {
	}
}
