package vn.ocop.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The central council's result for one product of one provincial session; recorded once, never changed. */
@Entity
@Table(name = "evaluation_central_result")
class CentralResult {

	@Id
	private UUID id;

	@Column(name = "product_id", nullable = false)
	private UUID productId;

	@Column(name = "evaluation_id", nullable = false)
	private UUID evaluationId;

	@Column(nullable = false, precision = 5, scale = 2)
	private BigDecimal score;

	@Column(name = "proposed_stars", nullable = false)
	private int proposedStars;

	@Column(name = "evaluated_on", nullable = false)
	private LocalDate evaluatedOn;

	@Column(name = "minutes_reference", nullable = false, length = 200)
	private String minutesReference;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	@Column(name = "recorded_by", nullable = false, length = 64)
	private String recordedBy;

	protected CentralResult() {
	}

	CentralResult(UUID productId, UUID evaluationId, BigDecimal score, int proposedStars, LocalDate evaluatedOn,
			String minutesReference, Instant recordedAt, String recordedBy) {
		this.id = UUID.randomUUID();
		this.productId = productId;
		this.evaluationId = evaluationId;
		this.score = score;
		this.proposedStars = proposedStars;
		this.evaluatedOn = evaluatedOn;
		this.minutesReference = minutesReference;
		this.recordedAt = recordedAt;
		this.recordedBy = recordedBy;
	}

	CentralCouncilResult toView() {
		return new CentralCouncilResult(productId, evaluationId, score, proposedStars, evaluatedOn, minutesReference,
				recordedAt, recordedBy);
	}

	UUID getEvaluationId() {
		return evaluationId;
	}
}
