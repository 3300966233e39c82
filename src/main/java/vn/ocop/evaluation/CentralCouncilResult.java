package vn.ocop.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.ocop.shared.Stars;

/**
 * The central council's (Hội đồng Trung ương) evaluation of a product the provincial council passed on to it, as the
 * provincial office recorded it when it arrived (26/2026/QĐ-TTg Điều 7.4).
 *
 * @param evaluationId the provincial session that passed the product on
 * @param score the central council's mean score
 * @param proposedStars the stars it proposes: 5 leads to the Minister's recognition; fewer, to the provincial
 *        Chair's recognition on its result (3★–4★), none below 3★
 * @param evaluatedOn the day the central council evaluated
 * @param minutesReference the number or reference of its minutes (biên bản) or report
 * @param minutes the minutes or result document the office attached, if any
 */
public record CentralCouncilResult(UUID productId, UUID evaluationId, BigDecimal score, int proposedStars,
		LocalDate evaluatedOn, String minutesReference, Instant recordedAt, String recordedBy,
		@Nullable Document minutes) {

	/** The central council's result without its document yet. */
	public CentralCouncilResult(UUID productId, UUID evaluationId, BigDecimal score, int proposedStars,
			LocalDate evaluatedOn, String minutesReference, Instant recordedAt, String recordedBy) {
		this(productId, evaluationId, score, proposedStars, evaluatedOn, minutesReference, recordedAt, recordedBy, null);
	}

	/** The attached document: its name, type (PDF, JPEG or PNG, detected from its content) and size in bytes. */
	public record Document(String fileName, String contentType, long size, @Nullable Instant uploadedAt,
			@Nullable String uploadedBy) {
	}

	/** Whether the central council proposes 5★, which the Minister recognises. */
	public boolean proposesFiveStars() {
		return proposedStars >= Stars.MAX;
	}

	/** The stars the provincial Chair recognises on the result when it does not propose 5★ (0: not recognised). */
	public int provincialStars() {
		return proposedStars < Stars.MAX && Stars.isCertifiable(proposedStars) ? proposedStars : 0;
	}
}
