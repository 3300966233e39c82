package vn.ocop.evaluation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.ocop.shared.BusinessRuleException;

/**
 * A member's declaration of a conflict of interest with a product's producer: the member does not score it.
 */
@Entity
@Table(name = "evaluation_conflict")
class ConflictDeclaration {

	@Id
	private UUID id;

	@Column(name = "evaluation_id", nullable = false)
	private UUID evaluationId;

	@Column(name = "product_id", nullable = false)
	private UUID productId;

	@Column(nullable = false, length = 64)
	private String username;

	@Column(nullable = false, length = 1000)
	private String reason;

	@Column(name = "declared_at", nullable = false)
	private Instant declaredAt;

	protected ConflictDeclaration() {
	}

	/** A declaration names its reason (422 without one). */
	ConflictDeclaration(UUID evaluationId, UUID productId, String username, String reason, Instant declaredAt) {
		if (reason == null || reason.isBlank()) {
			throw BusinessRuleException.unprocessable("registry.product.reasonRequired");
		}
		this.id = UUID.randomUUID();
		this.evaluationId = evaluationId;
		this.productId = productId;
		this.username = username;
		this.reason = reason.strip();
		this.declaredAt = declaredAt;
	}

	UUID getProductId() {
		return productId;
	}

	String getUsername() {
		return username;
	}

	String getReason() {
		return reason;
	}
}
