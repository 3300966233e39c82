package vn.ocop.evaluation;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A product on a session's agenda and, once the session is closed, its result.
 */
@Entity
@Table(name = "evaluation_item")
class EvaluationItem {

	@Id
	private UUID id;

	@Column(name = "evaluation_id", nullable = false)
	private UUID evaluationId;

	@Column(name = "product_id", nullable = false)
	private UUID productId;

	@Column(name = "scorecard_code", nullable = false, length = 32)
	private String scorecardCode;

	@Column(name = "product_name", nullable = false, length = 300)
	private String productName;

	@Column(name = "producer_name", nullable = false, length = 300)
	private String producerName;

	@Column(precision = 5, scale = 2)
	private @Nullable BigDecimal score;

	private @Nullable Integer stars;

	@Enumerated(EnumType.STRING)
	@Column(length = 16)
	private @Nullable Outcome outcome;

	@Enumerated(EnumType.STRING)
	@Column(name = "escalated_to", length = 16)
	private @Nullable CouncilLevel escalatedTo;

	@Column(nullable = false)
	private boolean divergent;

	/** The result in full (members' totals, part and group means) as JSON, for the minutes and the producer. */
	@Column(name = "result_json", length = 20000)
	private @Nullable String resultJson;

	protected EvaluationItem() {
	}

	EvaluationItem(UUID evaluationId, UUID productId, String scorecardCode, String productName, String producerName) {
		this.id = UUID.randomUUID();
		this.evaluationId = evaluationId;
		this.productId = productId;
		this.scorecardCode = scorecardCode;
		this.productName = productName;
		this.producerName = producerName;
	}

	void record(ProductScore result, Outcome outcome, @Nullable CouncilLevel escalatedTo, String resultJson) {
		this.score = result.score();
		this.stars = result.stars();
		this.divergent = result.divergent();
		this.outcome = outcome;
		this.escalatedTo = escalatedTo;
		this.resultJson = resultJson;
	}

	UUID getProductId() {
		return productId;
	}

	String getScorecardCode() {
		return scorecardCode;
	}

	String getProductName() {
		return productName;
	}

	String getProducerName() {
		return producerName;
	}

	@Nullable
	BigDecimal getScore() {
		return score;
	}

	@Nullable
	Integer getStars() {
		return stars;
	}

	@Nullable
	Outcome getOutcome() {
		return outcome;
	}

	@Nullable
	CouncilLevel getEscalatedTo() {
		return escalatedTo;
	}

	boolean isDivergent() {
		return divergent;
	}

	@Nullable
	String getResultJson() {
		return resultJson;
	}
}
