package vn.ocop.registry;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

import vn.ocop.geography.GeographyApi;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.shared.NotFoundException;

/**
 * What the registry's use cases load and which records a user may see, as queries: the communes inside an
 * officer's unit, the producers a producer account acts for and their products. The search index applies the same
 * rule ({@link RegistrySearch}).
 */
@Component
class RegistryScope {

	private final Producers producers;
	private final Products products;
	private final GeographyApi geography;

	RegistryScope(Producers producers, Products products, GeographyApi geography) {
		this.producers = producers;
		this.products = products;
		this.geography = geography;
	}

	Producer producer(UUID id) {
		return producers.findById(id).orElseThrow(() -> new NotFoundException("registry.producer.notFound", id));
	}

	Product product(UUID id) {
		return products.findById(id).orElseThrow(() -> new NotFoundException("registry.product.notFound", id));
	}

	Specification<Producer> visibleProducers(CurrentUser user) {
		Specification<Producer> byUnit = null;
		if (user.roles().stream().anyMatch(RegistryAccess.UNIT_ROLES::contains)) {
			Set<String> codes = geography.codesWithin(user.unitCode());
			byUnit = (root, query, cb) -> root.get("unitAt").get("code").in(codes);
		}
		Specification<Producer> managed = null;
		if (user.has(Role.PRODUCER)) {
			managed = (root, query, cb) -> cb.isMember(user.username(), root.get("accounts"));
		}
		return either(byUnit, managed);
	}

	Specification<Product> visibleProducts(CurrentUser user) {
		Specification<Product> byUnit = null;
		if (user.roles().stream().anyMatch(RegistryAccess.UNIT_ROLES::contains)) {
			Set<String> codes = geography.codesWithin(user.unitCode());
			byUnit = (root, query, cb) -> root.get("communeCode").in(codes);
		}
		Specification<Product> managed = null;
		if (user.has(Role.PRODUCER)) {
			List<UUID> ids = producers.findManagedBy(user.username()).stream().map(Producer::getId).toList();
			managed = ids.isEmpty() ? null : (root, query, cb) -> root.get("producerId").in(ids);
		}
		return either(byUnit, managed);
	}

	Specification<Producer> producerSpec(ProducerFilter filter) {
		Specification<Producer> spec = (root, query, cb) -> cb.conjunction();
		if (filter.legalForm() != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("legalForm"), filter.legalForm()));
		}
		if (filter.unitCode() != null && !filter.unitCode().isBlank()) {
			Set<String> codes = geography.codesWithin(filter.unitCode().strip());
			spec = spec.and((root, query, cb) -> root.get("unitAt").get("code").in(codes));
		}
		return spec;
	}

	Specification<Product> productSpec(ProductFilter filter) {
		Specification<Product> spec = (root, query, cb) -> cb.conjunction();
		if (filter.status() != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), filter.status()));
		}
		if (filter.cycleYear() != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("cycleYear"), filter.cycleYear()));
		}
		if (filter.producerId() != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("producerId"), filter.producerId()));
		}
		if (filter.productSetCode() != null && !filter.productSetCode().isBlank()) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("productSetCode"), filter.productSetCode().strip()));
		}
		if (filter.reachedStage() != null) {
			spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("reachedStage"), filter.reachedStage()));
		}
		if (filter.unitCode() != null && !filter.unitCode().isBlank()) {
			Set<String> codes = geography.codesWithin(filter.unitCode().strip());
			spec = spec.and((root, query, cb) -> root.get("communeCode").in(codes));
		}
		// the words of filter.q() are matched in the search index: see RegistrySearch
		return spec;
	}

	Map<UUID, String> producerNames(Set<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return producers.findAllById(ids).stream().collect(Collectors.toMap(Producer::getId, Producer::getName));
	}

	static Pageable withSort(Pageable pageable, Sort fallback) {
		if (pageable.isUnpaged() || pageable.getSort().isSorted()) {
			return pageable;
		}
		return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), fallback);
	}

	private static <T> Specification<T> either(@Nullable Specification<T> a, @Nullable Specification<T> b) {
		if (a == null && b == null) {
			return (root, query, cb) -> cb.disjunction();
		}
		if (a == null) {
			return b;
		}
		return b == null ? a : a.or(b);
	}
}
