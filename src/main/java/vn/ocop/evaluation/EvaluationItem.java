package vn.ocop.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.criteria.Scorecard;
import vn.ocop.shared.BusinessRuleException;

/**
 * A product on a session's agenda and, once the session is closed, its result.
 */
@Entity
@Table(name = "evaluation_item")
class EvaluationItem {

	private static final JsonMapper JSON = JsonMapper.builder().build();

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

	/** The case of "one of two cases" criteria that applies to the producer (1 or 2). */
	@Column(name = "applicable_case", nullable = false)
	private int applicableCase = 1;

	/** When the disqualifiers were checked (before scoring), by whom, and whether the dossier was disqualified. */
	@Column(name = "disqualifiers_checked_at")
	private @Nullable Instant disqualifiersCheckedAt;

	@Column(name = "disqualifiers_checked_by", length = 64)
	private @Nullable String disqualifiersCheckedBy;

	@Column(nullable = false)
	private boolean disqualified;

	@Column(name = "disqualification_reason", length = 1000)
	private @Nullable String disqualificationReason;

	/** The chair's record of the council's agreed answers on marked criteria: criterion → option (0: none). */
	@Column(name = "agreed_answers", length = 4000)
	private @Nullable String agreedAnswers;

	/** The chair's record of the council's agreed outcome of a divergence, if the chair settled it. */
	@Column(name = "divergence_record", length = 2000)
	private @Nullable String divergenceRecord;

	@Column(name = "divergence_settled_by", length = 64)
	private @Nullable String divergenceSettledBy;

	@Column(name = "divergence_settled_at")
	private @Nullable Instant divergenceSettledAt;

	/** The result in full (members' totals, part and group means) as JSON, for the minutes and the producer. */
	@Column(name = "result_json", length = 20000)
	private @Nullable String resultJson;

	protected EvaluationItem() {
	}

	EvaluationItem(UUID evaluationId, UUID productId, String scorecardCode, String productName, String producerName,
			int applicableCase) {
		this.applicableCase = applicableCase;
		this.id = UUID.randomUUID();
		this.evaluationId = evaluationId;
		this.productId = productId;
		this.scorecardCode = scorecardCode;
		this.productName = productName;
		this.producerName = producerName;
	}

	/** Records the product's result when the session closes: once. */
	void record(ProductScore result, Outcome outcome, @Nullable CouncilLevel escalatedTo) {
		if (this.outcome != null) {
			throw new IllegalStateException("The result of " + productName + " is already recorded");
		}
		if (outcome == Outcome.ESCALATED && escalatedTo == null) {
			throw new IllegalArgumentException("A result passed on names the level it goes to");
		}
		this.score = result.score();
		this.stars = result.isDisqualified() ? null : result.stars();
		this.divergent = result.divergent();
		this.outcome = outcome;
		this.escalatedTo = escalatedTo;
		this.resultJson = JSON.writeValueAsString(result);
	}

	/** The result in full once recorded. */
	@Nullable
	ProductScore result() {
		return resultJson == null ? null : JSON.readValue(resultJson, ProductScore.class);
	}

	/**
	 * Sets the case of the scorecard's "one of two cases" criteria that applies to the producer (422 for a case the
	 * scorecard does not have); only before anyone has scored the product.
	 */
	void chooseCase(int caseNumber, Scorecard scorecard, boolean scored) {
		int cases = scorecard.criteria().mapToInt(c -> c.cases().size()).max().orElse(0);
		if (caseNumber < 1 || caseNumber > Math.max(1, cases)) {
			throw BusinessRuleException.unprocessable("evaluation.case.unknown", caseNumber, scorecard.code());
		}
		if (scored) {
			throw BusinessRuleException.conflict("evaluation.case.afterScoring", productName);
		}
		this.applicableCase = caseNumber;
	}

	/**
	 * Records the check of the scorecard's disqualifiers ("Hồ sơ bị loại khi …"), before anyone scores: passed, or
	 * disqualified with the reason. A disqualified product is not scored.
	 */
	void checkDisqualifiers(boolean disqualified, @Nullable String reason, boolean scored, Instant now, String actor) {
		if (scored && disqualified) {
			throw BusinessRuleException.conflict("evaluation.disqualifier.afterScoring", productName);
		}
		if (disqualified && (reason == null || reason.isBlank())) {
			throw BusinessRuleException.unprocessable("evaluation.disqualifier.reasonRequired");
		}
		this.disqualified = disqualified;
		this.disqualificationReason = disqualified ? reason.strip() : (reason == null || reason.isBlank() ? null : reason.strip());
		this.disqualifiersCheckedAt = now;
		this.disqualifiersCheckedBy = actor;
	}

	/**
	 * Refuses scoring of a disqualified product, and of one whose scorecard has disqualifiers not checked yet (409).
	 */
	void requireScorable(boolean scorecardHasDisqualifiers) {
		if (disqualified) {
			throw BusinessRuleException.conflict("evaluation.disqualifier.disqualified", productName,
					String.valueOf(disqualificationReason));
		}
		if (scorecardHasDisqualifiers && !disqualifiersChecked()) {
			throw BusinessRuleException.conflict("evaluation.disqualifier.notChecked", productName);
		}
	}

	boolean disqualifiersChecked() {
		return disqualifiersCheckedAt != null;
	}

	/**
	 * Records, as the chair, the council's agreed answer on marked criteria (option 0: nothing ticked, only on a
	 * tick-list criterion); 422 naming every answer that is not an option of the producer's case on a criterion
	 * carrying a star marker.
	 */
	void recordAgreedAnswers(@Nullable Map<String, Integer> answers, Scorecard scorecard) {
		List<String> bad = new ArrayList<>();
		(answers == null ? Map.<String, Integer>of() : answers).forEach((code, option) -> {
			var criterion = scorecard.criterion(code).filter(c -> !c.markedStarLevels().isEmpty());
			boolean ok = criterion.isPresent() && option != null && (option == 0
					? !MemberScoring.requiresAnswer(criterion.get(), applicableCase)
					: criterion.get().optionsOfCase(applicableCase).stream().anyMatch(o -> o.code() == option));
			if (!ok) {
				bad.add(code + "=" + option);
			}
		});
		if (answers == null || answers.isEmpty() || !bad.isEmpty()) {
			throw new BusinessRuleException(BusinessRuleException.Kind.UNPROCESSABLE, Map.of("invalid", bad),
					"evaluation.agreed.invalid", String.join(", ", bad));
		}
		Map<String, Integer> merged = new TreeMap<>(agreedAnswers());
		merged.putAll(answers);
		this.agreedAnswers = JSON.writeValueAsString(merged);
	}

	Map<String, Integer> agreedAnswers() {
		return agreedAnswers == null ? Map.of()
				: JSON.readValue(agreedAnswers, new TypeReference<TreeMap<String, Integer>>() {
				});
	}

	/** Records, as the chair, the council's agreed outcome of a divergence. */
	void settleDivergence(String record, Instant now, String actor) {
		if (record == null || record.isBlank()) {
			throw BusinessRuleException.unprocessable("evaluation.divergence.recordRequired");
		}
		this.divergenceRecord = record.strip();
		this.divergenceSettledAt = now;
		this.divergenceSettledBy = actor;
	}

	EvaluationView.Item toView() {
		return new EvaluationView.Item(productId, productName, producerName, scorecardCode, score, stars, outcome,
				escalatedTo, divergent, applicableCase, disqualifiersCheckedAt != null, disqualified,
				disqualificationReason, agreedAnswers(), divergenceRecord);
	}

	int getApplicableCase() {
		return applicableCase;
	}

	boolean isDisqualified() {
		return disqualified;
	}

	@Nullable
	String getDisqualificationReason() {
		return disqualificationReason;
	}

	@Nullable
	Instant getDisqualifiersCheckedAt() {
		return disqualifiersCheckedAt;
	}

	@Nullable
	String getDisqualifiersCheckedBy() {
		return disqualifiersCheckedBy;
	}

	@Nullable
	String getDivergenceRecord() {
		return divergenceRecord;
	}

	@Nullable
	String getDivergenceSettledBy() {
		return divergenceSettledBy;
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
