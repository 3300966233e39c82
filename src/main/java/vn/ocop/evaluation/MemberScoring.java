package vn.ocop.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import jakarta.persistence.Version;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.criteria.Scorecard;
import vn.ocop.shared.AuditIgnored;
import vn.ocop.shared.BusinessRuleException;

/**
 * One council member's scorecard (phiếu chấm điểm) for one product in one round: one option per criterion, saved
 * as the member goes, then submitted once. A re-scoring after discussion is a new round; earlier rounds are kept.
 */
@Entity
@Table(name = "evaluation_member_scoring")
class MemberScoring {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Id
	private UUID id;

	@Column(name = "evaluation_id", nullable = false)
	private UUID evaluationId;

	@Column(name = "product_id", nullable = false)
	private UUID productId;

	@Column(nullable = false, length = 64)
	private String username;

	@Column(name = "scoring_round", nullable = false)
	private int round;

	/** Criterion code → option code, as JSON. */
	@Column(nullable = false, length = 4000)
	private String selections;

	@Column(nullable = false)
	private int total;

	@Column(nullable = false)
	private int answered;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private ScoringStatus status;

	@Column(name = "saved_at", nullable = false)
	private Instant savedAt;

	@Column(name = "submitted_at")
	private @Nullable Instant submittedAt;

	@AuditIgnored
	@Version
	private long version;

	protected MemberScoring() {
	}

	MemberScoring(UUID evaluationId, UUID productId, String username, int round, Map<String, Integer> start, Instant now) {
		this.id = UUID.randomUUID();
		this.evaluationId = evaluationId;
		this.productId = productId;
		this.username = username;
		this.round = round;
		this.selections = write(start);
		this.status = ScoringStatus.DRAFT;
		this.savedAt = now;
	}

	/**
	 * Merges picks into the scorecard (a {@code null} option clears a pick, or leaves a tick-list criterion
	 * unticked). Refused as a whole, naming every unknown criterion and option, if any pick does not fit the
	 * scorecard or is an option of the other case of a "one of two cases" criterion.
	 */
	void pick(Map<String, @Nullable Integer> picks, Scorecard scorecard, int applicableCase, Instant now) {
		if (status == ScoringStatus.SUBMITTED) {
			throw BusinessRuleException.conflict("evaluation.scoring.submitted");
		}
		List<String> unknownCriteria = new ArrayList<>();
		List<String> unknownOptions = new ArrayList<>();
		picks.forEach((criterion, option) -> {
			var found = scorecard.criterion(criterion);
			if (found.isEmpty()) {
				unknownCriteria.add(criterion);
			}
			else if (option != null && found.get().optionsOfCase(applicableCase).stream().noneMatch(o -> o.code() == option)) {
				unknownOptions.add(criterion + "=" + option);
			}
		});
		if (!unknownCriteria.isEmpty() || !unknownOptions.isEmpty()) {
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("unknownCriteria", unknownCriteria);
			properties.put("unknownOptions", unknownOptions);
			throw new BusinessRuleException(BusinessRuleException.Kind.UNPROCESSABLE, properties,
					"evaluation.scoring.unknown", String.join(", ", unknownCriteria), String.join(", ", unknownOptions));
		}
		Map<String, Integer> merged = new TreeMap<>(selections());
		picks.forEach((criterion, option) -> {
			if (option == null) {
				merged.remove(criterion);
			}
			else {
				merged.put(criterion, option);
			}
		});
		this.selections = write(merged);
		this.total = ScoreCalculator.total(scorecard, merged);
		this.answered = merged.size();
		this.savedAt = now;
	}

	/**
	 * Submits the scorecard; refused, naming them, while any criterion that has a 0-point option is unanswered (a
	 * tick-list criterion may stay unticked: 0 points).
	 */
	void submit(Scorecard scorecard, int applicableCase, Instant now) {
		if (status == ScoringStatus.SUBMITTED) {
			throw BusinessRuleException.conflict("evaluation.scoring.submitted");
		}
		List<String> unanswered = unanswered(scorecard, applicableCase);
		if (!unanswered.isEmpty()) {
			throw new BusinessRuleException(BusinessRuleException.Kind.UNPROCESSABLE, Map.of("unanswered", unanswered),
					"evaluation.scoring.unanswered", String.join(", ", unanswered));
		}
		this.status = ScoringStatus.SUBMITTED;
		this.submittedAt = now;
	}

	/**
	 * The next round of a submitted scorecard after the council discussed a divergence, starting from its picks; 409
	 * once the council's rules allow no further re-scoring.
	 */
	MemberScoring nextRound(int maxRescorings, Instant now) {
		if (status != ScoringStatus.SUBMITTED) {
			throw BusinessRuleException.conflict("evaluation.scoring.nothingToRescore");
		}
		if (round > maxRescorings) {
			throw BusinessRuleException.conflict("evaluation.scoring.noMoreRescoring", maxRescorings);
		}
		return new MemberScoring(evaluationId, productId, username, round + 1, selections(), now);
	}

	/** The criteria still to answer: those with a 0-point option among the options of the producer's case. */
	List<String> unanswered(Scorecard scorecard, int applicableCase) {
		var picked = selections();
		return scorecard.criteria().filter(c -> !picked.containsKey(c.code()))
				.filter(c -> requiresAnswer(c, applicableCase)).map(Scorecard.Criterion::code).toList();
	}

	/** Whether a criterion must be answered: a tick-list criterion (no 0-point option offered) may stay unticked. */
	static boolean requiresAnswer(Scorecard.Criterion criterion, int applicableCase) {
		return criterion.optionsOfCase(applicableCase).stream().anyMatch(o -> o.points() == 0);
	}

	Map<String, Integer> selections() {
		return JSON.readValue(selections, new TypeReference<TreeMap<String, Integer>>() {
		});
	}

	private static String write(Map<String, Integer> selections) {
		return JSON.writeValueAsString(new TreeMap<>(selections));
	}

	ScoringView toView(Scorecard scorecard, int applicableCase) {
		return new ScoringView(evaluationId, productId, username, round, selections(), total, answered,
				scorecard.criteria().count(), unanswered(scorecard, applicableCase), status, savedAt, submittedAt,
				applicableCase);
	}

	UUID getId() {
		return id;
	}

	UUID getProductId() {
		return productId;
	}

	String getUsername() {
		return username;
	}

	int getRound() {
		return round;
	}

	int getTotal() {
		return total;
	}

	ScoringStatus getStatus() {
		return status;
	}

	boolean isSubmitted() {
		return status == ScoringStatus.SUBMITTED;
	}
}
