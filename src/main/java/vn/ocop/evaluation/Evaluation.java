package vn.ocop.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.ocop.shared.AuditIgnored;
import vn.ocop.shared.BusinessRuleException;

/**
 * An evaluation session (phiên đánh giá) of a council over a batch of products. Open while members score; closed
 * once, with a result for every product, after which nothing changes.
 */
@Entity
@Table(name = "evaluation_session")
class Evaluation extends AbstractAggregateRoot<Evaluation> {

	@Id
	private UUID id;

	@Column(name = "council_id", nullable = false)
	private UUID councilId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private CouncilLevel level;

	@Column(name = "regulation_code", nullable = false, length = 32)
	private String regulationCode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private EvaluationStatus status;

	@Column(name = "opened_at", nullable = false)
	private Instant openedAt;

	@Column(name = "opened_by", nullable = false, length = 64)
	private String openedBy;

	@Column(name = "closed_at")
	private @Nullable Instant closedAt;

	@Column(name = "closed_by", length = 64)
	private @Nullable String closedBy;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "evaluation_id", insertable = false, updatable = false)
	private List<EvaluationItem> items = new ArrayList<>();

	@AuditIgnored
	@Version
	private long version;

	protected Evaluation() {
	}

	Evaluation(UUID councilId, CouncilLevel level, String regulationCode, Instant now, String actor) {
		this.id = UUID.randomUUID();
		this.councilId = councilId;
		this.level = level;
		this.regulationCode = regulationCode;
		this.status = EvaluationStatus.OPEN;
		this.openedAt = now;
		this.openedBy = actor;
	}

	void addProduct(UUID productId, String scorecardCode, String productName, String producerName) {
		requireOpen();
		if (item(productId).isPresent()) {
			throw BusinessRuleException.unprocessable("evaluation.session.duplicateProduct", productName);
		}
		items.add(new EvaluationItem(id, productId, scorecardCode, productName, producerName));
	}

	/** Closes the session; every product must have its result recorded first. */
	void close(Instant now, String actor) {
		requireOpen();
		if (items.stream().anyMatch(i -> i.getOutcome() == null)) {
			throw new IllegalStateException("Every product needs a result before the session closes");
		}
		status = EvaluationStatus.CLOSED;
		closedAt = now;
		closedBy = actor;
		registerEvent(new EvaluationClosed(id, councilId, level, items.stream().map(EvaluationItem::getProductId).toList()));
	}

	void requireOpen() {
		if (status != EvaluationStatus.OPEN) {
			throw BusinessRuleException.conflict("evaluation.session.closed");
		}
	}

	Optional<EvaluationItem> item(UUID productId) {
		return items.stream().filter(i -> i.getProductId().equals(productId)).findFirst();
	}

	List<EvaluationItem> getItems() {
		return List.copyOf(items);
	}

	UUID getId() {
		return id;
	}

	UUID getCouncilId() {
		return councilId;
	}

	CouncilLevel getLevel() {
		return level;
	}

	String getRegulationCode() {
		return regulationCode;
	}

	EvaluationStatus getStatus() {
		return status;
	}

	Instant getOpenedAt() {
		return openedAt;
	}

	@Nullable
	Instant getClosedAt() {
		return closedAt;
	}
}
