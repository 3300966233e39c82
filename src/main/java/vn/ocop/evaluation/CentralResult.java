package vn.ocop.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.ocop.shared.AuditIgnored;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.Stars;

/** The central council's result for one product of one provincial session; recorded once, never changed. */
@Entity
@Table(name = "evaluation_central_result")
class CentralResult extends AbstractAggregateRoot<CentralResult> {

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

	/** The central council's minutes or result document, once the office attached it. */
	@Column(name = "file_name", length = 200)
	private @Nullable String fileName;

	/** The detected type (a MIME type, technical: not in the audit log, the file name and size say what it is). */
	@AuditIgnored
	@Column(name = "content_type", length = 64)
	private @Nullable String contentType;

	@Column(name = "file_size")
	private @Nullable Long size;

	@Column(length = 64)
	private @Nullable String sha256;

	@Column(name = "storage_key", length = 300)
	private @Nullable String storageKey;

	@Column(name = "uploaded_at")
	private @Nullable Instant uploadedAt;

	@Column(name = "uploaded_by", length = 64)
	private @Nullable String uploadedBy;

	protected CentralResult() {
	}

	/**
	 * The result as the office enters it from the central council's minutes: 422 for a score outside 0–100, stars
	 * outside 1–5, 5★ below 90 points, a day after {@code today} or before the provincial session closed
	 * ({@code closedOn}), or no minutes reference (at most 200 characters). Publishes {@link CentralResultRecorded}.
	 */
	CentralResult(UUID productId, UUID evaluationId, @Nullable BigDecimal score, int proposedStars,
			@Nullable LocalDate evaluatedOn, @Nullable String minutesReference, LocalDate today,
			@Nullable LocalDate closedOn, Instant recordedAt, String recordedBy) {
		if (score == null || score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw BusinessRuleException.unprocessable("evaluation.central.score");
		}
		if (!Stars.isValid(proposedStars)) {
			throw BusinessRuleException.unprocessable("evaluation.central.stars");
		}
		if (proposedStars == Stars.MAX && !Stars.allowsFiveStars(score)) {
			throw BusinessRuleException.unprocessable("evaluation.central.fiveBelow90", score);
		}
		if (evaluatedOn == null || evaluatedOn.isAfter(today) || closedOn != null && evaluatedOn.isBefore(closedOn)) {
			throw BusinessRuleException.unprocessable("evaluation.central.date");
		}
		if (minutesReference == null || minutesReference.isBlank() || minutesReference.strip().length() > 200) {
			throw BusinessRuleException.unprocessable("evaluation.central.reference");
		}
		this.id = UUID.randomUUID();
		this.productId = productId;
		this.evaluationId = evaluationId;
		this.score = score.setScale(2, RoundingMode.HALF_UP);
		this.proposedStars = proposedStars;
		this.evaluatedOn = evaluatedOn;
		this.minutesReference = minutesReference.strip();
		this.recordedAt = recordedAt;
		this.recordedBy = recordedBy;
		registerEvent(new CentralResultRecorded(toView()));
	}

	/**
	 * Attaches the central council's minutes or result document (already checked by its content); a later document
	 * replaces it, the result itself stays as recorded.
	 */
	void attachMinutes(String fileName, String contentType, long size, String sha256, String storageKey, Instant now,
			String actor) {
		if (fileName.isBlank() || storageKey.isBlank() || size <= 0) {
			throw new IllegalArgumentException("A stored document has a name, a place and content");
		}
		this.fileName = fileName;
		this.contentType = contentType;
		this.size = size;
		this.sha256 = sha256;
		this.storageKey = storageKey;
		this.uploadedAt = now;
		this.uploadedBy = actor;
	}

	boolean hasMinutes() {
		return storageKey != null;
	}

	@Nullable
	String getFileName() {
		return fileName;
	}

	@Nullable
	String getContentType() {
		return contentType;
	}

	@Nullable
	String getStorageKey() {
		return storageKey;
	}

	CentralCouncilResult toView() {
		return new CentralCouncilResult(productId, evaluationId, score, proposedStars, evaluatedOn, minutesReference,
				recordedAt, recordedBy, fileName == null ? null
						: new CentralCouncilResult.Document(fileName, String.valueOf(contentType),
								size == null ? 0 : size, uploadedAt, uploadedBy));
	}

	UUID getEvaluationId() {
		return evaluationId;
	}
}
