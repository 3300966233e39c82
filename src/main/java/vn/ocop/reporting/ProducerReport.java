package vn.ocop.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.ocop.shared.Texts;
import vn.ocop.geography.UnitAt;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Embedded;

/**
 * One version of a producer's monthly report. Locked once submitted: a correction is a new version with a reason,
 * and the replaced version stays (no longer current).
 */
@Entity
@Table(name = "monitoring_producer_report")
class ProducerReport {

	@Id
	private UUID id;

	@Column(name = "producer_id", nullable = false)
	private UUID producerId;

	@Column(name = "producer_name", nullable = false, length = 300)
	private String producerName;

	@Embedded
	@AttributeOverride(name = "code", column = @Column(name = "commune_code", nullable = false, length = 10))
	@AttributeOverride(name = "date", column = @Column(name = "unit_date", nullable = false))
	private UnitAt unitAt;

	@Column(name = "reporting_unit_code", nullable = false, length = 10)
	private String reportingUnitCode;

	@Column(nullable = false)
	private LocalDate period;

	@Column(nullable = false)
	private int version;

	@Column(name = "is_current", nullable = false)
	private boolean current;

	@Column(name = "production_volume", nullable = false, precision = 18, scale = 2)
	private BigDecimal productionVolume;

	@Column(name = "revenue_vnd", nullable = false)
	private long revenueVnd;

	@Column(nullable = false)
	private int workers;

	@Column(name = "sales_channels", length = 300)
	private @Nullable String salesChannels;

	@Column(length = 2000)
	private @Nullable String difficulties;

	@Column(name = "support_requests", length = 2000)
	private @Nullable String supportRequests;

	@Column(name = "correction_reason", length = 1000)
	private @Nullable String correctionReason;

	@Column(nullable = false)
	private boolean late;

	@Column(name = "submitted_at", nullable = false)
	private Instant submittedAt;

	@Column(name = "submitted_by", nullable = false, length = 64)
	private String submittedBy;

	protected ProducerReport() {
	}

	/** Figures of a report, checked before they are recorded. */
	record Figures(BigDecimal productionVolume, long revenueVnd, int workers, Set<SalesChannel> channels,
			@Nullable String difficulties, @Nullable String supportRequests) {
	}

	/** Where the report belongs. */
	record Subject(UUID producerId, String producerName, UnitAt unitAt, String reportingUnitCode) {
	}

	ProducerReport(Subject subject, YearMonth period, int version, Figures figures, @Nullable String correctionReason,
			boolean late, Instant now, String actor) {
		this.id = UUID.randomUUID();
		this.producerId = subject.producerId();
		this.producerName = subject.producerName();
		this.unitAt = subject.unitAt();
		this.reportingUnitCode = subject.reportingUnitCode();
		this.period = period.atDay(1);
		this.version = version;
		this.current = true;
		this.productionVolume = figures.productionVolume();
		this.revenueVnd = figures.revenueVnd();
		this.workers = figures.workers();
		this.salesChannels = figures.channels().isEmpty() ? null
				: figures.channels().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		this.difficulties = Texts.blankToNull(figures.difficulties());
		this.supportRequests = Texts.blankToNull(figures.supportRequests());
		this.correctionReason = Texts.blankToNull(correctionReason);
		this.late = late;
		this.submittedAt = now;
		this.submittedBy = actor;
	}

	/** The correction of this version: a new current version; this one stays, replaced. */
	ProducerReport correct(Figures figures, String reason, Instant now, String actor) {
		if (!current) {
			throw new IllegalStateException("Only the current version of a report is corrected");
		}
		this.current = false;
		return new ProducerReport(new Subject(producerId, producerName, unitAt, reportingUnitCode),
				YearMonth.from(period), version + 1, figures, reason, late, now, actor);
	}

	ProducerReportView toView(LocalDate dueOn) {
		return new ProducerReportView(id, producerId, producerName, unitAt.code(), YearMonth.from(period).toString(),
				version, current, current ? "SUBMITTED" : "SUPERSEDED", productionVolume, revenueVnd, workers,
				channels(), difficulties, supportRequests, correctionReason, reportingUnitCode, late, dueOn,
				submittedAt, submittedBy);
	}

	Set<SalesChannel> channels() {
		if (salesChannels == null || salesChannels.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(salesChannels.split(",")).map(SalesChannel::valueOf)
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(SalesChannel.class)));
	}


	UUID getId() {
		return id;
	}

	UUID getProducerId() {
		return producerId;
	}

	String getProducerName() {
		return producerName;
	}

	UnitAt getUnitAt() {
		return unitAt;
	}

	String getReportingUnitCode() {
		return reportingUnitCode;
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

	BigDecimal getProductionVolume() {
		return productionVolume;
	}

	long getRevenueVnd() {
		return revenueVnd;
	}

	int getWorkers() {
		return workers;
	}

	@Nullable
	String getDifficulties() {
		return difficulties;
	}

	@Nullable
	String getSupportRequests() {
		return supportRequests;
	}

	boolean isLate() {
		return late;
	}

	Instant getSubmittedAt() {
		return submittedAt;
	}
}
