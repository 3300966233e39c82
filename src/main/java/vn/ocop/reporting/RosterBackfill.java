package vn.ocop.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ocop.registry.ProducerSummary;
import vn.ocop.registry.ProductLifecycle;
import vn.ocop.registry.RegistryFacts;
import vn.ocop.registry.RegistryFacts.ProductFact;

/**
 * Puts on the roster the registry's products that it has never heard of: those registered before this module was
 * deployed (the roster follows the registry's events, which those products sent before anyone listened). At every
 * start, cheaply: only when the roster has fewer products than the registry. Producers with a product in the
 * programme become reporters from today, as they would on a live event.
 */
@Component
class RosterBackfill {

	private static final Logger log = LoggerFactory.getLogger(RosterBackfill.class);

	private final RegistryFacts registry;
	private final RosterProducts products;
	private final Reporters reporters;
	private final ProductLifecycle lifecycle;
	private final TransactionTemplate transaction;
	private final Clock clock;

	RosterBackfill(RegistryFacts registry, RosterProducts products, Reporters reporters, ProductLifecycle lifecycle,
			PlatformTransactionManager transactions, Clock clock) {
		this.registry = registry;
		this.products = products;
		this.reporters = reporters;
		this.lifecycle = lifecycle;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(50)
	void atStart() {
		backfill();
	}

	/** The number of products added to the roster. */
	int backfill() {
		Integer added = transaction.execute(tx -> {
			var all = registry.allProducts();
			if (products.count() >= all.size()) {
				return 0;
			}
			Set<UUID> known = new HashSet<>(products.allIds());
			LocalDate today = LocalDate.now(clock);
			int count = 0;
			for (ProductFact fact : all) {
				if (known.contains(fact.id())) {
					continue;
				}
				products.save(new RosterProduct(fact.id(), fact.producerId(), fact.status(), fact.statusChangedAt()));
				count++;
				if (RosterProduct.IN_PROGRAMME.contains(fact.status()) && !reporters.existsById(fact.producerId())) {
					ProducerSummary producer = lifecycle.producer(fact.producerId());
					reporters.save(new Reporter(producer.id(), producer.name(), producer.unitAt(), today,
							clock.instant()));
				}
			}
			return count;
		});
		int count = added == null ? 0 : added;
		if (count > 0) {
			log.info("Monitoring roster: {} products of the registry added (registered before the roster followed it)",
					count);
		}
		return count;
	}
}
