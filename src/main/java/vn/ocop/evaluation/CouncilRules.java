package vn.ocop.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import vn.ocop.shared.BusinessRuleException;

/**
 * A council's own operating rules (quy chế hoạt động) for its meetings. Decision 26/2026 sets the composition of
 * the councils only and leaves quorum, spread and re-scoring to each council (Điều 7.3b, 7.4b); the national
 * defaults are those of the 1048 guidance that provinces kept: a quorum of ¾ of the scoring members with the chair
 * present, totals more than 10 points apart discussed and re-scored once.
 *
 * @param quorumPercent the share of the scoring members who must be present, in percent (75 = ¾)
 * @param chairRequired whether the chair must be among them
 * @param spreadThreshold members' totals further apart than this must be settled before the session closes
 * @param maxRescorings how many times members may re-score a product after a divergence (0: the chair records
 *        the council's agreed outcome instead)
 */
@Embeddable
public record CouncilRules(
		@NotNull @Min(50) @Max(100) @Column(name = "quorum_percent", nullable = false) Integer quorumPercent,
		@NotNull @Column(name = "chair_required", nullable = false) Boolean chairRequired,
		@NotNull @Min(1) @Max(100) @Column(name = "spread_threshold", nullable = false) Integer spreadThreshold,
		@NotNull @Min(0) @Max(5) @Column(name = "max_rescorings", nullable = false) Integer maxRescorings) {

	/** The national defaults. */
	public static final CouncilRules NATIONAL = new CouncilRules(75, true, ScoreCalculator.DIVERGENCE, 1);

	/** Refuses rules outside their bounds (422 naming the rule). */
	CouncilRules validated() {
		if (quorumPercent == null || quorumPercent < 50 || quorumPercent > 100) {
			throw BusinessRuleException.unprocessable("evaluation.rules.quorum", String.valueOf(quorumPercent));
		}
		if (spreadThreshold == null || spreadThreshold < 1 || spreadThreshold > 100) {
			throw BusinessRuleException.unprocessable("evaluation.rules.spread", String.valueOf(spreadThreshold));
		}
		if (maxRescorings == null || maxRescorings < 0 || maxRescorings > 5) {
			throw BusinessRuleException.unprocessable("evaluation.rules.rescorings", String.valueOf(maxRescorings));
		}
		return chairRequired == null ? new CouncilRules(quorumPercent, true, spreadThreshold, maxRescorings) : this;
	}

	/** Whether {@code present} of {@code members} scoring members make the quorum. */
	public boolean quorum(long present, long members, boolean chairPresent) {
		return members > 0 && present * 100 >= members * quorumPercent && (chairPresent || !Boolean.TRUE.equals(chairRequired));
	}

	/** The fewest scoring members present that make the quorum. */
	public long quorumOf(long members) {
		return (members * quorumPercent + 99) / 100;
	}
}
