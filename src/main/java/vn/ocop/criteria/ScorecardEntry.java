package vn.ocop.criteria;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A loaded scorecard as stored: the file as it was accepted, with who loaded it and when.
 */
@Entity
@Table(name = "criteria_scorecard")
class ScorecardEntry {

	@Id
	@Column(length = 32)
	private String code;

	@Column(name = "regulation_code", nullable = false, length = 32)
	private String regulationCode;

	@Column(nullable = false, length = 300)
	private String name;

	@Column(name = "max_points", nullable = false)
	private int maxPoints;

	@Column(name = "source_json", nullable = false, length = 1000000)
	private String sourceJson;

	@Column(name = "loaded_at", nullable = false)
	private Instant loadedAt;

	@Column(name = "loaded_by", nullable = false, length = 64)
	private String loadedBy;

	protected ScorecardEntry() {
	}

	ScorecardEntry(Scorecard scorecard, String sourceJson, Instant loadedAt, String loadedBy) {
		this.code = scorecard.code();
		this.regulationCode = scorecard.regulationCode();
		this.name = scorecard.name();
		this.maxPoints = scorecard.maxPoints();
		this.sourceJson = sourceJson;
		this.loadedAt = loadedAt;
		this.loadedBy = loadedBy;
	}

	String getCode() {
		return code;
	}

	String getSourceJson() {
		return sourceJson;
	}
}
