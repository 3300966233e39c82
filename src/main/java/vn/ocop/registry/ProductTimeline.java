package vn.ocop.registry;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A product's timeline: every move between statuses with who, when and why, oldest first. A view over the
 * product's recorded changes, to which only the product adds (each move it allowed).
 */
final class ProductTimeline {

	private final List<ProductStatusChange> history;

	ProductTimeline(List<ProductStatusChange> history) {
		this.history = history;
	}

	/** Records a move; a blank reason is kept as none. */
	void record(UUID productId, @Nullable ProductStatus from, ProductStatus to, Instant at, String actor,
			@Nullable String reason) {
		history.add(new ProductStatusChange(productId, from, to, at, actor,
				reason == null || reason.isBlank() ? null : reason.strip()));
	}

	/** The moves, oldest first. */
	List<StatusChange> changes() {
		return history.stream().sorted(Comparator.comparing(ProductStatusChange::getChangedAt))
				.map(ProductStatusChange::toView).toList();
	}

	/** The latest move into the status, if the product ever made one. */
	Optional<StatusChange> latest(ProductStatus to) {
		return history.stream().map(ProductStatusChange::toView).filter(c -> c.to() == to)
				.max(Comparator.comparing(StatusChange::at));
	}
}
