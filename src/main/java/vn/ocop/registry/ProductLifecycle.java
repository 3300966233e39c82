package vn.ocop.registry;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.shared.NotFoundException;

/**
 * The back half of a product's lifecycle, driven by the evaluation module after its own checks (who may close a
 * council session), and the products and producers other modules read without scope checks. Each step still goes
 * through the product's guarded transitions and lands on its timeline; the certificates' decisions reach the product
 * by their events ({@link ProductCertification}, followed by {@code CertificationRecorder}).
 */
@Service
@Transactional
public class ProductLifecycle {

	private final Products products;
	private final Producers producers;
	private final Clock clock;

	ProductLifecycle(Products products, Producers producers, Clock clock) {
		this.products = products;
		this.producers = producers;
		this.clock = clock;
	}

	/** Products by id, without scope checks (for modules that check access themselves). */
	@Transactional(readOnly = true)
	public Map<UUID, ProductSummary> summaries(Collection<UUID> ids) {
		var found = products.findAllById(ids);
		Map<UUID, String> names = producers.findAllById(found.stream().map(Product::getProducerId).collect(Collectors.toSet()))
				.stream().collect(Collectors.toMap(Producer::getId, Producer::getName));
		Map<UUID, ProductSummary> byId = found.stream()
				.collect(Collectors.toMap(Product::getId, p -> p.toSummary(names.getOrDefault(p.getProducerId(), ""))));
		Map<UUID, ProductSummary> ordered = new LinkedHashMap<>();
		ids.forEach(id -> {
			if (byId.containsKey(id)) {
				ordered.put(id, byId.get(id));
			}
		});
		return ordered;
	}

	/** Producers' names by id, without scope checks (for lists of records such as a KPI's). */
	@Transactional(readOnly = true)
	public Map<UUID, String> producerNames(Collection<UUID> ids) {
		return producers.findAllById(ids).stream().collect(Collectors.toMap(Producer::getId, Producer::getName));
	}

	@Transactional(readOnly = true)
	public ProductSummary summary(UUID id) {
		var product = load(id);
		return product.toSummary(producers.findById(product.getProducerId()).map(Producer::getName).orElse(""));
	}

	/** The producer's details, without scope checks (for certificates and catalogues). */
	@Transactional(readOnly = true)
	public ProducerSummary producer(UUID producerId) {
		return producers.findById(producerId).map(Producer::toSummary)
				.orElseThrow(() -> new NotFoundException("registry.producer.notFound", producerId));
	}

	/** Whether the account acts for the product's producer. */
	@Transactional(readOnly = true)
	public boolean isManagedBy(UUID productId, String username) {
		var product = load(productId);
		return producers.findById(product.getProducerId()).map(p -> p.isManagedBy(username)).orElse(false);
	}

	/** A council starts evaluating the product; nothing changes if it is already under evaluation. */
	public void startEvaluation(UUID productId, String actor) {
		var product = load(productId);
		if (product.getStatus() == ProductStatus.UNDER_EVALUATION) {
			return;
		}
		product.startEvaluation(actor, clock.instant());
		products.save(product);
	}

	/** The council's result: RATED (3★ and more) or NOT_RATED, with the stars of the score. */
	public void recordRating(UUID productId, boolean rated, int stars, String actor, @Nullable String reason) {
		var product = load(productId);
		product.rate(rated, stars, actor, reason, clock.instant());
		products.save(product);
	}

	private Product load(UUID id) {
		return products.findById(id).orElseThrow(() -> new NotFoundException("registry.product.notFound", id));
	}

}
