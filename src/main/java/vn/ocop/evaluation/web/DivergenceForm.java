package vn.ocop.evaluation.web;

import org.jspecify.annotations.Nullable;

/**
 * The chair's record of the council's agreed outcome on a divergence that re-scoring can no longer settle
 * (required by the session's own rule; cut at 2,000 characters).
 */
class DivergenceForm extends ProductStepForm {

	private String record = "";

	/** The record as kept. */
	String recordText() {
		return record.substring(0, Math.min(record.length(), 2000));
	}

	public String getRecord() {
		return record;
	}

	public void setRecord(@Nullable String record) {
		this.record = record == null ? "" : record;
	}
}
