package vn.ocop.criteria;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A scorecard the provincial office is writing for one product set: a new scorecard, or the next version of a
 * published one. The document is kept as typed, rules of the format broken or not; only a document that keeps every
 * rule is published, and publishing ends the draft. Every save carries the whole document as the editor shows it, so
 * the last save wins (no optimistic lock: a change and a button pressed together must not fail).
 */
@Entity
@Table(name = "criteria_scorecard_draft")
class ScorecardDraft {

	@Id
	private UUID id;

	@Column(name = "product_set_code", nullable = false, length = 32)
	private String productSetCode;

	@Column(name = "regulation_code", nullable = false, length = 32)
	private String regulationCode;

	@Column(name = "based_on", length = 32)
	private @Nullable String basedOn;

	// the audit log records that the document changed, not the document (up to a megabyte of JSON, shown in the
	// criteria pages, version by version)
	@vn.ocop.shared.AuditIgnored(masked = true)
	@Column(name = "source_json", nullable = false, length = 1000000)
	private String sourceJson;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false, length = 64)
	private String createdBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by", nullable = false, length = 64)
	private String updatedBy;

	protected ScorecardDraft() {
	}

	ScorecardDraft(ProductSet set, @Nullable String basedOn, String sourceJson, Instant at, String by) {
		this.id = UUID.randomUUID();
		this.productSetCode = set.code();
		this.regulationCode = set.regulationCode();
		this.basedOn = basedOn;
		this.sourceJson = sourceJson;
		this.createdAt = at;
		this.createdBy = by;
		this.updatedAt = at;
		this.updatedBy = by;
	}

	/** Replaces the document with what was typed or uploaded. */
	void revise(String sourceJson, Instant at, String by) {
		this.sourceJson = sourceJson;
		this.updatedAt = at;
		this.updatedBy = by;
	}

	UUID getId() {
		return id;
	}

	String getProductSetCode() {
		return productSetCode;
	}

	String getRegulationCode() {
		return regulationCode;
	}

	@Nullable
	String getBasedOn() {
		return basedOn;
	}

	String getSourceJson() {
		return sourceJson;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	String getCreatedBy() {
		return createdBy;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	String getUpdatedBy() {
		return updatedBy;
	}
}
