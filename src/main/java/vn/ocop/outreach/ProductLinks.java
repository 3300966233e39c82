package vn.ocop.outreach;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.ocop.registry.ProductLifecycle;
import vn.ocop.shared.BusinessRuleException;

/**
 * Turns registry product ids into linked products (id and name); an unknown id is refused naming it.
 */
@Component
class ProductLinks {

	private final ProductLifecycle registry;

	ProductLinks(ProductLifecycle registry) {
		this.registry = registry;
	}

	List<LinkedProduct> of(List<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		var unique = new LinkedHashSet<>(ids);
		var found = registry.summaries(unique);
		for (UUID id : unique) {
			if (!found.containsKey(id)) {
				throw BusinessRuleException.unprocessable("programme.product.unknown", id);
			}
		}
		return found.values().stream().map(p -> new LinkedProduct(p.id(), p.name())).toList();
	}
}
