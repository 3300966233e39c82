package vn.ocop.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.ocop.geography.UnitLevel;
import vn.ocop.shared.Texts;

/**
 * One version of a reporting unit's (district until June 2025, commune from July 2025) monthly report to the
 * province: the sums of its producers' reports, their difficulties and the unit's own assessment. Locked once
 * submitted; a correction is a new version with a reason.
 */
@Entity
@Table(name = "monitoring_unit_report")
class UnitReport {

	@Id
	private UUID id;

	@Column(name = "unit_code", nullable = false, length = 10)
	private String unitCode;

	@Column(name = "unit_name", nullable = false, length = 200)
	private String unitName;

	@Enumerated(EnumType.STRING)
	@Column(name = "unit_level", nullable = false, length = 16)
	private UnitLevel unitLevel;

	@Column(nullable = false)
	private LocalDate period;

	@Column(nullable = false)
	private int version;

	@Column(name = "is_current", nullable = false)
	private boolean current;

	@Column(name = "producers_expected", nullable = false)
	private int producersExpected;

	@Column(name = "producers_reported", nullable = false)
	private int producersReported;

	@Column(name = "production_volume", nullable = false, precision = 18, scale = 2)
	private BigDecimal productionVolume;

	@Column(name = "revenue_vnd", nullable = false)
	private long revenueVnd;

	@Column(nullable = false)
	private int workers;

	@Column(length = 4000)
	private @Nullable String difficulties;

	@Column(length = 2000)
	private @Nullable String strengths;

	@Column(length = 2000)
	private @Nullable String problems;

	@Column(length = 2000)
	private @Nullable String proposals;

	@Column(name = "correction_reason", length = 1000)
	private @Nullable String correctionReason;

	@Column(nullable = false)
	private boolean late;

	@Column(name = "submitted_at", nullable = false)
	private Instant submittedAt;

	@Column(name = "submitted_by", nullable = false, length = 64)
	private String submittedBy;

	protected UnitReport() {
	}

	/** The content of a unit report. */
	record Content(int producersExpected, int producersReported, BigDecimal productionVolume, long revenueVnd,
			int workers, @Nullable String difficulties, @Nullable String strengths, @Nullable String problems,
			@Nullable String proposals) {
	}

	UnitReport(String unitCode, String unitName, UnitLevel level, YearMonth period, int version, Content content,
			@Nullable String correctionReason, boolean late, Instant now, String actor) {
		this.id = UUID.randomUUID();
		this.unitCode = unitCode;
		this.unitName = unitName;
		this.unitLevel = level;
		this.period = period.atDay(1);
		this.version = version;
		this.current = true;
		this.producersExpected = content.producersExpected();
		this.producersReported = content.producersReported();
		this.productionVolume = content.productionVolume();
		this.revenueVnd = content.revenueVnd();
		this.workers = content.workers();
		this.difficulties = Texts.cut(content.difficulties(), 4000);
		this.strengths = Texts.cut(content.strengths(), 2000);
		this.problems = Texts.cut(content.problems(), 2000);
		this.proposals = Texts.cut(content.proposals(), 2000);
		this.correctionReason = Texts.cut(correctionReason, 1000);
		this.late = late;
		this.submittedAt = now;
		this.submittedBy = actor;
	}

	/** The correction of this version: a new current version; this one stays, replaced. */
	UnitReport correct(Content content, String reason, Instant now, String actor) {
		if (!current) {
			throw new IllegalStateException("Only the current version of a report is corrected");
		}
		this.current = false;
		return new UnitReport(unitCode, unitName, unitLevel, YearMonth.from(period), version + 1, content, reason, late,
				now, actor);
	}

	UnitReportView toView(LocalDate dueOn) {
		return new UnitReportView(id, unitCode, unitName, unitLevel, YearMonth.from(period).toString(), version, current,
				current ? "SUBMITTED" : "SUPERSEDED", producersExpected, producersReported, productionVolume, revenueVnd,
				workers, difficulties, strengths, problems, proposals, correctionReason, late, dueOn, submittedAt,
				submittedBy);
	}


	String getUnitCode() {
		return unitCode;
	}

	LocalDate getPeriod() {
		return period;
	}

	int getVersion() {
		return version;
	}

	boolean isCurrent() {
		return current;
	}

	boolean isLate() {
		return late;
	}
}
