package vn.ocop.evaluation.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

import vn.ocop.evaluation.CentralCouncil;
import vn.ocop.shared.BusinessRuleException;

/**
 * The central council's result as the office records it (score, proposed stars, day, minutes reference) with its
 * minutes or result document if at hand. The bounds are the central council's own rules, worded beside each field.
 */
class CentralResultForm {

	private String score = "";

	private @Nullable Integer proposedStars;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate evaluatedOn;

	private String minutesReference = "";

	private @Nullable MultipartFile file;

	/** The result as typed: a score that is no number is refused as out of bounds, as it always was. */
	CentralCouncil.NewResult toResult() {
		BigDecimal value;
		try {
			value = score.isBlank() ? null : new BigDecimal(score.strip().replace(',', '.'));
		}
		catch (NumberFormatException e) {
			throw BusinessRuleException.unprocessable("evaluation.central.score");
		}
		return new CentralCouncil.NewResult(value, proposedStars == null ? 0 : proposedStars, evaluatedOn,
				minutesReference);
	}

	/** Whether a document came with the result. */
	boolean hasFile() {
		return file != null && !file.isEmpty();
	}

	public String getScore() {
		return score;
	}

	public void setScore(@Nullable String score) {
		this.score = score == null ? "" : score;
	}

	public @Nullable Integer getProposedStars() {
		return proposedStars;
	}

	public void setProposedStars(@Nullable Integer proposedStars) {
		this.proposedStars = proposedStars;
	}

	public @Nullable LocalDate getEvaluatedOn() {
		return evaluatedOn;
	}

	public void setEvaluatedOn(@Nullable LocalDate evaluatedOn) {
		this.evaluatedOn = evaluatedOn;
	}

	public String getMinutesReference() {
		return minutesReference;
	}

	public void setMinutesReference(@Nullable String minutesReference) {
		this.minutesReference = minutesReference == null ? "" : minutesReference;
	}

	public @Nullable MultipartFile getFile() {
		return file;
	}

	public void setFile(@Nullable MultipartFile file) {
		this.file = file;
	}
}
