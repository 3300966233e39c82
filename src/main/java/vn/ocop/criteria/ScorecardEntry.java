package vn.ocop.criteria;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A published scorecard as stored: the file as it was accepted, with who published it and when, the version of
 * its product set, and when a session first used it. Never changed once stored, except to note its first use.
 */
@Entity
@Table(name = "criteria_scorecard")
class ScorecardEntry {

	/** Where a published scorecard came from. */
	enum Origin {
		/** Shipped with the application (a transcription in {@code criteria/}). */
		SHIPPED,
		/** Uploaded as a finished file through the load endpoint. */
		UPLOADED,
		/** Written by the provincial office in the application and published from a draft. */
		AUTHORED
	}

	@Id
	@Column(length = 32)
	private String code;

	@Column(name = "regulation_code", nullable = false, length = 32)
	private String regulationCode;

	@Column(name = "product_set_code", length = 32)
	private @Nullable String productSetCode;

	@Column(nullable = false)
	private int version;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Origin origin;

	@Column(nullable = false, length = 300)
	private String name;

	@Column(name = "max_points", nullable = false)
	private int maxPoints;

	// the audit log records that the document changed, not the document (up to a megabyte of JSON, shown in the
	// criteria pages, version by version)
	@vn.ocop.shared.AuditIgnored(masked = true)
	@Column(name = "source_json", nullable = false, length = 1000000)
	private String sourceJson;

	@Column(name = "loaded_at", nullable = false)
	private Instant loadedAt;

	@Column(name = "loaded_by", nullable = false, length = 64)
	private String loadedBy;

	@Column(name = "first_used_at")
	private @Nullable Instant firstUsedAt;

	protected ScorecardEntry() {
	}

	ScorecardEntry(Scorecard scorecard, String sourceJson, Origin origin, Instant loadedAt, String loadedBy) {
		this.code = scorecard.code();
		this.regulationCode = scorecard.regulationCode();
		this.productSetCode = scorecard.productSetCode();
		this.version = scorecard.version();
		this.origin = origin;
		this.name = scorecard.name();
		this.maxPoints = scorecard.maxPoints();
		this.sourceJson = sourceJson;
		this.loadedAt = loadedAt;
		this.loadedBy = loadedBy;
	}

	/** Notes a session that scores on it; the earliest opening is kept. */
	void usedAt(Instant when) {
		if (firstUsedAt == null || when.isBefore(firstUsedAt)) {
			firstUsedAt = when;
		}
	}

	/** Fills in the product set and version of a row stored before scorecards had versions. */
	void backfill(Scorecard parsed) {
		this.productSetCode = parsed.productSetCode();
		this.version = parsed.version();
	}

	String getCode() {
		return code;
	}

	String getSourceJson() {
		return sourceJson;
	}

	@Nullable
	String getProductSetCode() {
		return productSetCode;
	}

	int getVersion() {
		return version;
	}

	Origin getOrigin() {
		return origin;
	}

	Instant getLoadedAt() {
		return loadedAt;
	}

	String getLoadedBy() {
		return loadedBy;
	}

	@Nullable
	Instant getFirstUsedAt() {
		return firstUsedAt;
	}

	String getRegulationCode() {
		return regulationCode;
	}
}
