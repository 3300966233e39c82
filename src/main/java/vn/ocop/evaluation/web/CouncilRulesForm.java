package vn.ocop.evaluation.web;

import org.jspecify.annotations.Nullable;

import vn.ocop.evaluation.CouncilRules;

/**
 * A council's operating rules as the office changes them: the quorum, whether the chair must be present, the spread
 * threshold and the re-scorings. Their bounds are the rules' own (worded by the evaluation module beside the field).
 */
class CouncilRulesForm {

	private @Nullable Integer quorumPercent;

	private boolean chairRequired;

	private @Nullable Integer spreadThreshold;

	private @Nullable Integer maxRescorings;

	/** The form showing the council's rules in force. */
	static CouncilRulesForm of(CouncilRules rules) {
		var form = new CouncilRulesForm();
		form.quorumPercent = rules.quorumPercent();
		form.chairRequired = Boolean.TRUE.equals(rules.chairRequired());
		form.spreadThreshold = rules.spreadThreshold();
		form.maxRescorings = rules.maxRescorings();
		return form;
	}

	/** The rules as typed; a field left empty is out of bounds, as it always was. */
	CouncilRules toRules() {
		return new CouncilRules(quorumPercent == null ? 0 : quorumPercent, chairRequired,
				spreadThreshold == null ? 0 : spreadThreshold, maxRescorings == null ? -1 : maxRescorings);
	}

	public @Nullable Integer getQuorumPercent() {
		return quorumPercent;
	}

	public void setQuorumPercent(@Nullable Integer quorumPercent) {
		this.quorumPercent = quorumPercent;
	}

	public boolean isChairRequired() {
		return chairRequired;
	}

	public void setChairRequired(boolean chairRequired) {
		this.chairRequired = chairRequired;
	}

	public @Nullable Integer getSpreadThreshold() {
		return spreadThreshold;
	}

	public void setSpreadThreshold(@Nullable Integer spreadThreshold) {
		this.spreadThreshold = spreadThreshold;
	}

	public @Nullable Integer getMaxRescorings() {
		return maxRescorings;
	}

	public void setMaxRescorings(@Nullable Integer maxRescorings) {
		this.maxRescorings = maxRescorings;
	}
}
