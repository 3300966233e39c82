package vn.ocop.reporting;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.ocop.registry.ProductStatus;

/** A product's last known status, to tell whether its producer still has a product in the programme. */
@Entity
@Table(name = "monitoring_roster_product")
class RosterProduct {

	/** Statuses of a product taking part in the programme (selected, up to certified or expired). */
	static final Set<ProductStatus> IN_PROGRAMME = EnumSet.of(ProductStatus.SELECTED, ProductStatus.SUBMITTED,
			ProductStatus.RETURNED,
			ProductStatus.UNDER_EVALUATION, ProductStatus.RATED, ProductStatus.NOT_RATED, ProductStatus.CERTIFIED,
			ProductStatus.EXPIRED);

	@Id
	@Column(name = "product_id")
	private UUID productId;

	@Column(name = "producer_id", nullable = false)
	private UUID producerId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private ProductStatus status;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	protected RosterProduct() {
	}

	RosterProduct(UUID productId, UUID producerId, ProductStatus status, Instant at) {
		this.productId = productId;
		this.producerId = producerId;
		this.status = status;
		this.changedAt = at;
	}

	void moved(ProductStatus to, Instant at) {
		this.status = to;
		this.changedAt = at;
	}

	UUID getProducerId() {
		return producerId;
	}

	ProductStatus getStatus() {
		return status;
	}
}
