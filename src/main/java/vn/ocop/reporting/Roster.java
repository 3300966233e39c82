package vn.ocop.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.ocop.registry.ProducerSummary;
import vn.ocop.registry.ProductLifecycle;
import vn.ocop.registry.ProductStatusChanged;

/**
 * Who is expected to report: follows the registry's product status changes, in the registry's own transaction, so
 * that a producer is on the roster as soon as its product is selected into the programme.
 */
@Component
class Roster {

	private final Reporters reporters;
	private final RosterProducts products;
	private final ProductLifecycle lifecycle;
	private final Clock clock;

	Roster(Reporters reporters, RosterProducts products, ProductLifecycle lifecycle, Clock clock) {
		this.reporters = reporters;
		this.products = products;
		this.lifecycle = lifecycle;
		this.clock = clock;
	}

	@EventListener
	void on(ProductStatusChanged event) {
		var product = products.findById(event.productId()).orElse(null);
		if (product == null) {
			products.save(new RosterProduct(event.productId(), event.producerId(), event.to(), event.at()));
		}
		else {
			product.moved(event.to(), event.at());
		}
		if (RosterProduct.IN_PROGRAMME.contains(event.to())) {
			ProducerSummary producer = lifecycle.producer(event.producerId());
			LocalDate today = LocalDate.now(clock);
			var reporter = reporters.findById(producer.id()).orElse(null);
			if (reporter == null) {
				reporters.save(new Reporter(producer.id(), producer.name(), producer.unitAt(),
						today, clock.instant()));
			}
			else {
				reporter.refresh(producer.name(), producer.unitAt(), clock.instant());
			}
		}
	}

	List<Reporter> active() {
		return reporters.findActive(RosterProduct.IN_PROGRAMME);
	}
}
