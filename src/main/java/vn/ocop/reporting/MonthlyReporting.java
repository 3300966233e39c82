package vn.ocop.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.registry.ProducerSummary;
import vn.ocop.registry.ProductLifecycle;
import vn.ocop.reporting.ReportingRoll.RowAccess;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;
import vn.ocop.geography.UnitAt;

/**
 * Producers' monthly reports (plan activity 13): producers report their month before the 15th of the next to their
 * reporting unit (district until June 2025, commune from July 2025); the unit's officers follow who has and has not
 * reported and remind them. Submitted reports are locked; corrections are new versions with a reason. Publishes
 * {@link MonthlyReportSubmitted}. The units' reports are {@link UnitReporting}'s, the province's view
 * {@link ProvinceReporting}'s.
 * <p>
 * {@link #revenueByMonth(int)} and {@link #totalsByUnit(YearMonth)} are the read API for the programme's KPI
 * dashboard: province-wide, not limited to the caller's area.
 */
@Service
public class MonthlyReporting {

	private final ProducerReports reports;
	private final ReportingRoll roll;
	private final ReportingUnits units;
	private final ReportingAccess access;
	private final ProductLifecycle lifecycle;
	private final ReportingNotices notices;
	private final ProvinceReporting province;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	MonthlyReporting(ProducerReports reports, ReportingRoll roll, ReportingUnits units, ReportingAccess access,
			ProductLifecycle lifecycle, ReportingNotices notices, ProvinceReporting province,
			ApplicationEventPublisher events, Clock clock) {
		this.reports = reports;
		this.roll = roll;
		this.units = units;
		this.access = access;
		this.lifecycle = lifecycle;
		this.notices = notices;
		this.province = province;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records a producer's report for a month (the producer's account, or an officer of its area on its behalf).
	 * 409 if the month is already reported (a correction is a separate action), 422 for a month not yet begun or
	 * negative figures.
	 */
	@Transactional
	public ProducerReportView submit(NewProducerReport input) {
		CurrentUser user = access.user();
		YearMonth period = Periods.parse(input.period());
		Periods.requireStarted(period, clock);
		ProducerSummary producer = producer(input.producerId());
		if (!access.mayReportFor(user, producer.id(), producer.unitAt())) {
			throw new AccessDeniedException("Producer outside the user's scope");
		}
		ProducerReport.Figures figures = input.figures();
		if (reports.findByProducerIdAndPeriodAndCurrentTrue(producer.id(), period.atDay(1)).isPresent()) {
			throw BusinessRuleException.conflict("monitoring.report.exists", producer.name(), period.toString());
		}
		var unit = units.of(producer.unitAt(), period);
		LocalDate due = roll.producerDue(period);
		var report = new ProducerReport(new ProducerReport.Subject(producer.id(), producer.name(),
				producer.unitAt(), unit.code()), period, 1, figures, null,
				roll.today().isAfter(due), clock.instant(), user.username());
		reports.saveAndFlush(report);
		events.publishEvent(new MonthlyReportSubmitted(report.getId(), producer.id(), period.toString(), 1));
		return report.toView(due);
	}

	/** Corrects a submitted report: a new version with the reason; the replaced one stays visible. */
	@Transactional
	public ProducerReportView correct(UUID reportId, NewProducerReport input, @Nullable String reason) {
		CurrentUser user = access.user();
		ProducerReport current = reports.findById(reportId)
				.orElseThrow(() -> new NotFoundException("monitoring.report.notFound", reportId));
		// writing needs the right to report for the producer; seeing it (inspectors) is not enough
		if (!access.mayReportFor(user, current.getProducerId(), current.getUnitAt())) {
			throw new AccessDeniedException("Only the producer or an officer of its area corrects the report");
		}
		if (!current.isCurrent()) {
			throw BusinessRuleException.conflict("monitoring.report.superseded", current.getVersion());
		}
		if (reason == null || reason.isBlank()) {
			throw BusinessRuleException.unprocessable("monitoring.report.reasonRequired");
		}
		Fields.requireLength("correctionReason", reason, 1000);
		ProducerReport next = current.correct(input.figures(), reason, clock.instant(), user.username());
		reports.saveAndFlush(current);
		reports.saveAndFlush(next);
		YearMonth period = YearMonth.from(current.getPeriod());
		events.publishEvent(new MonthlyReportSubmitted(next.getId(), next.getProducerId(), period.toString(),
				next.getVersion()));
		return next.toView(roll.producerDue(period));
	}

	/** One report version. */
	@Transactional(readOnly = true)
	public ProducerReportView report(UUID id) {
		ProducerReport report = reports.findById(id).orElseThrow(() -> new NotFoundException("monitoring.report.notFound", id));
		requireSee(access.user(), report);
		return report.toView(roll.producerDue(YearMonth.from(report.getPeriod())));
	}

	/** Every version of a producer's report for a month, oldest first. */
	@Transactional(readOnly = true)
	public List<ProducerReportView> versions(UUID producerId, String period) {
		YearMonth month = Periods.parse(period);
		CurrentUser user = access.user();
		List<ProducerReport> all = reports.findByProducerIdAndPeriodOrderByVersionAsc(producerId, month.atDay(1));
		all.forEach(r -> requireSee(user, r));
		return all.stream().map(r -> r.toView(roll.producerDue(month))).toList();
	}

	/** For a producer account: per producer it acts for, the month now due and the reports of earlier months. */
	@Transactional(readOnly = true)
	public List<MyReports> mine() {
		CurrentUser user = access.user();
		YearMonth due = YearMonth.now(clock).minusMonths(1);
		List<MyReports> result = new ArrayList<>();
		Set<UUID> own = access.ownProducers(user);
		if (own.isEmpty()) {
			return result;
		}
		Map<UUID, List<ProducerReport>> byProducer = reports.findByProducerIdInAndCurrentTrueOrderByPeriodDesc(own)
				.stream().collect(Collectors.groupingBy(ProducerReport::getProducerId));
		for (UUID id : own) {
			ProducerSummary producer = lifecycle.producer(id);
			List<ProducerReportView> history = byProducer.getOrDefault(id, List.of()).stream()
					.map(r -> r.toView(roll.producerDue(YearMonth.from(r.getPeriod())))).limit(36).toList();
			ProducerReportView dueReport = history.stream().filter(r -> r.period().equals(due.toString())).findFirst()
					.orElse(null);
			result.add(new MyReports(id, producer.name(), due.toString(), roll.producerDue(due), dueReport, history));
		}
		result.sort(Comparator.comparing(MyReports::producerName));
		return result;
	}

	/** The producers the user may report for, to pick from (officers: those expected in their area). */
	@Transactional(readOnly = true)
	public List<ReportingStatus> reportable(String period) {
		return statuses(period, null);
	}

	/**
	 * Who has and has not reported the month among the producers of the user's area (optionally inside one unit):
	 * every producer with a product in the programme by the due day, and any other that reported.
	 */
	@Transactional(readOnly = true)
	public List<ReportingStatus> statuses(String period, @Nullable String unitCode) {
		YearMonth month = Periods.parse(period);
		CurrentUser user = access.user();
		if (!user.isOfficer() && !user.has(Role.INSPECTOR)) {
			Set<UUID> own = access.ownProducers(user);
			return own.isEmpty() ? List.of()
					: roll.statuses(month, (id, c) -> own.contains(id), roll.unitFilter(unitCode, month));
		}
		if (unitCode != null && !unitCode.isBlank() && !user.isOffice()) {
			requireUnitInScope(user, unitCode.strip(), month);
		}
		return roll.statuses(month, RowAccess.covered(access.coverage(user)), roll.unitFilter(unitCode, month));
	}

	/**
	 * One producer's reporting of the month, for a form on its behalf: whether it is expected or not, as long as the
	 * user may report for it.
	 */
	@Transactional(readOnly = true)
	public ReportingStatus status(UUID producerId, String period) {
		YearMonth month = Periods.parse(period);
		CurrentUser user = access.user();
		ProducerSummary producer = producer(producerId);
		if (!access.mayReportFor(user, producer.id(), producer.unitAt())) {
			throw new AccessDeniedException("Producer outside the user's scope");
		}
		ProducerReport report = reports.findByProducerIdAndPeriodAndCurrentTrue(producerId, month.atDay(1)).orElse(null);
		var unit = report == null ? units.of(producer.unitAt(), month)
				: units.unit(report.getReportingUnitCode(), month);
		return ReportingRoll.row(producer.id(), producer.name(), producer.communeCode(), unit, report,
				roll.today().isAfter(roll.producerDue(month)));
	}

	/** The sums of the month's current reports over the unit's producers (the user's whole area when blank). */
	@Transactional(readOnly = true)
	public ReportSummary summary(String period, @Nullable String unitCode) {
		YearMonth month = Periods.parse(period);
		List<ReportingStatus> rows = statuses(period, unitCode);
		Map<UUID, ProducerReport> byId = roll.reportsOf(month);
		return ReportingRoll.summarise(month,
				unitCode == null || unitCode.isBlank() ? access.user().unitCode() : unitCode.strip(), rows, byId);
	}

	/** Reminds the producers of the user's area (or one unit) that have not reported the month; returns how many. */
	@Transactional(readOnly = true)
	public int remind(String period, @Nullable String unitCode) {
		YearMonth month = Periods.parse(period);
		CurrentUser user = access.user();
		if (!user.isOfficer()) {
			throw new AccessDeniedException("Only officers remind producers");
		}
		List<ReportingStatus> missing = statuses(period, unitCode).stream().filter(s -> !s.reported()).toList();
		return notices.remindProducers(month, missing, "monitoring.notice.producerReminder");
	}

	/**
	 * KPI read API: the province-wide sums of producers' current monthly reports for each month of the year (twelve
	 * entries, zeros for months without reports). Not limited to the caller's area.
	 */
	@Transactional(readOnly = true)
	public List<MonthlyTotals> revenueByMonth(int year) {
		return province.revenueByMonth(year);
	}

	/** KPI read API: the month's sums per reporting unit (district before July 2025, commune after). */
	@Transactional(readOnly = true)
	public List<UnitTotals> totalsByUnit(YearMonth period) {
		return province.totalsByUnit(period);
	}

	private void requireUnitInScope(CurrentUser user, String unitCode, YearMonth month) {
		if (!access.covers(user, new UnitAt(unitCode, month.atEndOfMonth()))) {
			throw new AccessDeniedException("Unit outside the user's scope");
		}
	}

	private void requireSee(CurrentUser user, ProducerReport report) {
		if (!access.mayReportFor(user, report.getProducerId(), report.getUnitAt())
				&& !user.has(Role.INSPECTOR)) {
			throw new AccessDeniedException("Report outside the user's scope");
		}
	}

	private ProducerSummary producer(@Nullable UUID id) {
		if (id == null) {
			throw BusinessRuleException.unprocessable("monitoring.field.required", "producerId");
		}
		try {
			return lifecycle.producer(id);
		}
		catch (NotFoundException e) {
			throw new NotFoundException("monitoring.producer.notFound", id);
		}
	}
}
