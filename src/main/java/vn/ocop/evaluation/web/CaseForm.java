package vn.ocop.evaluation.web;

import org.jspecify.annotations.Nullable;

/**
 * The case of a "one of two cases" criterion that applies to the product; that the scorecard has it is the
 * session's own rule.
 */
class CaseForm extends ProductStepForm {

	private @Nullable Integer caseNumber;

	/** The case chosen; none is no case of any scorecard, as it always was. */
	int caseNumberOrNone() {
		return caseNumber == null ? 0 : caseNumber;
	}

	public @Nullable Integer getCaseNumber() {
		return caseNumber;
	}

	public void setCaseNumber(@Nullable Integer caseNumber) {
		this.caseNumber = caseNumber;
	}
}
