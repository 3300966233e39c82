package vn.ocop.registry;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One step of a product's timeline: who moved it from which status to which, when and why. Never changed.
 */
@Entity
@Table(name = "registry_product_status_change")
class ProductStatusChange {

	@Id
	private UUID id;

	@Column(name = "product_id", nullable = false)
	private UUID productId;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", length = 32)
	private @Nullable ProductStatus from;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false, length = 32)
	private ProductStatus to;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	@Column(name = "changed_by", nullable = false, length = 64)
	private String changedBy;

	@Column(length = 2000)
	private @Nullable String reason;

	protected ProductStatusChange() {
	}

	ProductStatusChange(UUID productId, @Nullable ProductStatus from, ProductStatus to, Instant changedAt,
			String changedBy, @Nullable String reason) {
		this.id = UUID.randomUUID();
		this.productId = productId;
		this.from = from;
		this.to = to;
		this.changedAt = changedAt;
		this.changedBy = changedBy;
		this.reason = reason;
	}

	StatusChange toView() {
		return new StatusChange(from, to, changedAt, changedBy, reason);
	}

	Instant getChangedAt() {
		return changedAt;
	}
}
