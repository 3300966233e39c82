package vn.ocop.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.geography.GeographyApi;
import vn.ocop.geography.Unit;
import vn.ocop.geography.UnitLevel;
import vn.ocop.identity.CurrentUser;
import vn.ocop.reporting.ReportingRoll.RowAccess;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;

/**
 * The reporting units' monthly reports: the district (until June 2025) or the commune (from July 2025) compiles its
 * report pre-filled with the sums and difficulties of its producers' reports and submits it before the 20th;
 * submitted reports are locked, corrections are new versions with a reason. Publishes {@link UnitReportSubmitted}.
 */
@Service
public class UnitReporting {

	private final UnitReports unitReports;
	private final ReportingRoll roll;
	private final ReportingUnits units;
	private final ReportingAccess access;
	private final GeographyApi geography;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	UnitReporting(UnitReports unitReports, ReportingRoll roll, ReportingUnits units, ReportingAccess access,
			GeographyApi geography, ApplicationEventPublisher events, Clock clock) {
		this.unitReports = unitReports;
		this.roll = roll;
		this.units = units;
		this.access = access;
		this.geography = geography;
		this.events = events;
		this.clock = clock;
	}

	/** The unit's report form: pre-filled sums and difficulties, and the versions submitted so far. */
	@Transactional(readOnly = true)
	public UnitReportDraft draft(String unitCode, String period) {
		YearMonth month = Periods.parse(period);
		CurrentUser user = access.user();
		var unit = requireCompile(user, unitCode, month);
		Map<UUID, ProducerReport> byId = roll.reportsOf(month);
		List<ReportingStatus> rows = roll.producersOf(unit.code(), month, byId);
		ReportSummary sums = ReportingRoll.summarise(month, unit.code(), rows, byId);
		LocalDate due = roll.unitDue(month);
		List<UnitReportView> versions = unitReports.findByUnitCodeAndPeriodOrderByVersionAsc(unit.code(), month.atDay(1))
				.stream().map(r -> r.toView(due)).toList();
		UnitReportView submitted = versions.stream().filter(UnitReportView::current).findFirst().orElse(null);
		return new UnitReportDraft(unit.code(), unit.name(), unit.level(), month.toString(), due, sums.expected(),
				sums.reported(), sums.productionVolume(), sums.revenueVnd(), sums.workers(),
				ReportingRoll.difficulties(rows, byId), rows, submitted, versions);
	}

	/** Submits the unit's report with the sums of its producers' reports as they stand; 409 if already submitted. */
	@Transactional
	public UnitReportView submitUnit(NewUnitReport input) {
		YearMonth month = Periods.parse(input.period());
		Periods.requireStarted(month, clock);
		CurrentUser user = access.user();
		var unit = requireCompile(user, input.unitCode(), month);
		if (unitReports.findByUnitCodeAndPeriodAndCurrentTrue(unit.code(), month.atDay(1)).isPresent()) {
			throw BusinessRuleException.conflict("monitoring.unitReport.exists", unit.name(), month.toString());
		}
		LocalDate due = roll.unitDue(month);
		var report = new UnitReport(unit.code(), unit.name(), unit.level(), month, 1, content(unit.code(), month, input),
				null, roll.today().isAfter(due), clock.instant(), user.username());
		unitReports.saveAndFlush(report);
		events.publishEvent(new UnitReportSubmitted(report.toView(due).id(), unit.code(), month.toString(), 1));
		return report.toView(due);
	}

	/** Corrects the unit's report: a new version (sums recomputed) with the reason. */
	@Transactional
	public UnitReportView correctUnit(UUID reportId, NewUnitReport input, @Nullable String reason) {
		CurrentUser user = access.user();
		UnitReport current = unitReports.findById(reportId)
				.orElseThrow(() -> new NotFoundException("monitoring.unitReport.notFound", reportId));
		YearMonth month = YearMonth.from(current.getPeriod());
		requireCompile(user, current.getUnitCode(), month);
		if (!current.isCurrent()) {
			throw BusinessRuleException.conflict("monitoring.report.superseded", current.getVersion());
		}
		if (reason == null || reason.isBlank()) {
			throw BusinessRuleException.unprocessable("monitoring.report.reasonRequired");
		}
		UnitReport next = current.correct(content(current.getUnitCode(), month, input), reason, clock.instant(),
				user.username());
		unitReports.saveAndFlush(current);
		unitReports.saveAndFlush(next);
		UnitReportView view = next.toView(roll.unitDue(month));
		events.publishEvent(new UnitReportSubmitted(view.id(), view.unitCode(), view.period(), view.version()));
		return view;
	}

	/** One unit report version. */
	@Transactional(readOnly = true)
	public UnitReportView unitReport(UUID id) {
		UnitReport report = unitReports.findById(id)
				.orElseThrow(() -> new NotFoundException("monitoring.unitReport.notFound", id));
		YearMonth month = YearMonth.from(report.getPeriod());
		requireCompile(access.user(), report.getUnitCode(), month);
		return report.toView(roll.unitDue(month));
	}

	/** The reporting units the user compiles for in the month (its own unit; for the office every unit). */
	@Transactional(readOnly = true)
	public List<ReportingUnit> compilableUnits(String period) {
		YearMonth month = Periods.parse(period);
		CurrentUser user = access.user();
		if (!user.isOfficer()) {
			return List.of();
		}
		Map<String, ReportingUnit> result = new LinkedHashMap<>();
		for (ReportingStatus s : roll.statuses(month, RowAccess.covered(access.coverage(user)), r -> true)) {
			ReportingUnit unit = units.unit(s.reportingUnitCode(), month);
			if (access.mayCompile(user, unit.code(), month.atEndOfMonth(), unit.level())) {
				result.putIfAbsent(unit.code(), unit);
			}
		}
		return result.values().stream().sorted(Comparator.comparing(ReportingUnit::name)).toList();
	}

	private UnitReport.Content content(String unitCode, YearMonth month, NewUnitReport input) {
		Map<UUID, ProducerReport> byId = roll.reportsOf(month);
		List<ReportingStatus> rows = roll.producersOf(unitCode, month, byId);
		return input.content(ReportingRoll.summarise(month, unitCode, rows, byId), ReportingRoll.difficulties(rows, byId));
	}

	/** The unit, in force at the month's end and of the level that reports then, if the user compiles its report. */
	private ReportingUnit requireCompile(CurrentUser user, @Nullable String unitCode, YearMonth month) {
		if (unitCode == null || unitCode.isBlank()) {
			throw BusinessRuleException.unprocessable("monitoring.unit.required");
		}
		String code = unitCode.strip();
		LocalDate day = month.atEndOfMonth();
		Unit unit = geography.find(code, day).orElseThrow(
				() -> BusinessRuleException.unprocessable("monitoring.unit.notInForce", code, month.toString()));
		UnitLevel expected = units.levelFor(month);
		if (unit.level() != expected) {
			throw BusinessRuleException.unprocessable("monitoring.unit.wrongLevel", unit.name(), month.toString());
		}
		if (!access.mayCompile(user, code, day, unit.level())) {
			throw new AccessDeniedException("Unit outside the user's scope");
		}
		return new ReportingUnit(unit.code(), unit.name(), unit.level());
	}
}
