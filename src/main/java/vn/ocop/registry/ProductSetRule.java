package vn.ocop.registry;

import vn.ocop.criteria.CriteriaApi;
import vn.ocop.shared.BusinessRuleException;

/** A product's set must belong to the taxonomy its regulation uses (148's sets under 1489). */
final class ProductSetRule {

	private ProductSetRule() {
	}

	static void require(CriteriaApi criteria, String productSetCode, String regulationCode) {
		var set = criteria.productSet(productSetCode == null ? "" : productSetCode.strip());
		String taxonomy = criteria.taxonomyRegulation(regulationCode);
		if (set.isEmpty() || !set.get().regulationCode().equals(taxonomy)) {
			throw BusinessRuleException.unprocessable("registry.product.productSet", productSetCode, regulationCode);
		}
	}
}
