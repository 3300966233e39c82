package vn.ocop.registry;

import java.util.List;

/**
 * How far the products of a cycle got, per district-level unit (or, without districts, per commune):
 * registered → selected → submitted → evaluated → certified.
 */
public record Funnel(int year, List<Row> rows, Row total) {

	public record Row(String unitCode, String unitName, long registered, long selected, long submitted,
			long evaluated, long certified) {
	}
}
