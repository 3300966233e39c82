package vn.ocop.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.geography.GeographyApi;
import vn.ocop.geography.Unit;
import vn.ocop.geography.UnitLevel;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.identity.UserManagement;
import vn.ocop.notification.Notice;
import vn.ocop.notification.Notifications;
import vn.ocop.registry.ProducerSummary;
import vn.ocop.registry.ProductLifecycle;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;

/**
 * Monthly reporting (plan activity 13): producers report their month before the 15th of the next to their
 * reporting unit (district until June 2025, commune from July 2025); the unit follows and reminds them, compiles its
 * report pre-filled with their sums and submits it before the 20th; the province sees every unit's report, the late
 * ones, the province-wide sums and the trend. Submitted reports are locked; corrections are new versions with a
 * reason.
 * <p>
 * {@link #revenueByMonth(int)} and {@link #totalsByUnit(YearMonth)} are the read API for the programme's KPI
 * dashboard: province-wide, not limited to the caller's area.
 */
@Service
public class MonthlyReporting {

	private static final int MAX_TEXT = 2000;

	private final ProducerReports reports;
	private final UnitReports unitReports;
	private final Roster roster;
	private final ReportingUnits units;
	private final ReportingAccess access;
	private final ProductLifecycle lifecycle;
	private final GeographyApi geography;
	private final Notifications notices;
	private final UserManagement users;
	private final ReportingSettings settings;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	MonthlyReporting(ProducerReports reports, UnitReports unitReports, Roster roster, ReportingUnits units,
			ReportingAccess access, ProductLifecycle lifecycle, GeographyApi geography, Notifications notices,
			UserManagement users, ReportingSettings settings, ApplicationEventPublisher events, Clock clock) {
		this.reports = reports;
		this.unitReports = unitReports;
		this.roster = roster;
		this.units = units;
		this.access = access;
		this.lifecycle = lifecycle;
		this.geography = geography;
		this.notices = notices;
		this.users = users;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- producers' reports

	/**
	 * Records a producer's report for a month (the producer's account, or an officer of its area on its behalf).
	 * 409 if the month is already reported (a correction is a separate action), 422 for a month not yet begun or
	 * negative figures.
	 */
	@Transactional
	public ProducerReportView submit(NewProducerReport input) {
		CurrentUser user = access.user();
		YearMonth period = Periods.parse(input.period());
		requireStarted(period);
		ProducerSummary producer = producer(input.producerId());
		if (!access.mayReportFor(user, producer.id(), producer.communeCode(), producer.unitDate())) {
			throw new AccessDeniedException("Producer outside the user's scope");
		}
		ProducerReport.Figures figures = figures(input);
		if (reports.findByProducerIdAndPeriodAndCurrentTrue(producer.id(), period.atDay(1)).isPresent()) {
			throw BusinessRuleException.conflict("monitoring.report.exists", producer.name(), period.toString());
		}
		var unit = units.of(producer.communeCode(), producer.unitDate(), period);
		LocalDate due = producerDue(period);
		var report = new ProducerReport(new ProducerReport.Subject(producer.id(), producer.name(),
				producer.communeCode(), producer.unitDate(), unit.code()), period, 1, figures, null,
				today().isAfter(due), clock.instant(), user.username());
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
		if (!access.mayReportFor(user, current.getProducerId(), current.getCommuneCode(), current.getUnitDate())) {
			throw new AccessDeniedException("Only the producer or an officer of its area corrects the report");
		}
		if (!current.isCurrent()) {
			throw BusinessRuleException.conflict("monitoring.report.superseded", current.getVersion());
		}
		if (reason == null || reason.isBlank()) {
			throw BusinessRuleException.unprocessable("monitoring.report.reasonRequired");
		}
		if (reason.length() > 1000) {
			throw BusinessRuleException.unprocessable("monitoring.field.tooLong", "correctionReason", 1000);
		}
		ProducerReport next = current.correct(figures(input), reason, clock.instant(), user.username());
		reports.saveAndFlush(current);
		reports.saveAndFlush(next);
		YearMonth period = YearMonth.from(current.getPeriod());
		events.publishEvent(new MonthlyReportSubmitted(next.getId(), next.getProducerId(), period.toString(),
				next.getVersion()));
		return next.toView(producerDue(period));
	}

	/** One report version. */
	@Transactional(readOnly = true)
	public ProducerReportView report(UUID id) {
		ProducerReport report = reports.findById(id).orElseThrow(() -> new NotFoundException("monitoring.report.notFound", id));
		requireSee(access.user(), report);
		return report.toView(producerDue(YearMonth.from(report.getPeriod())));
	}

	/** Every version of a producer's report for a month, oldest first. */
	@Transactional(readOnly = true)
	public List<ProducerReportView> versions(UUID producerId, String period) {
		YearMonth month = Periods.parse(period);
		CurrentUser user = access.user();
		List<ProducerReport> all = reports.findByProducerIdAndPeriodOrderByVersionAsc(producerId, month.atDay(1));
		all.forEach(r -> requireSee(user, r));
		return all.stream().map(r -> r.toView(producerDue(month))).toList();
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
					.map(r -> r.toView(producerDue(YearMonth.from(r.getPeriod())))).limit(36).toList();
			ProducerReportView dueReport = history.stream().filter(r -> r.period().equals(due.toString())).findFirst()
					.orElse(null);
			result.add(new MyReports(id, producer.name(), due.toString(), producerDue(due), dueReport, history));
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
		if (!ReportingAccess.isOfficer(user) && !user.has(Role.INSPECTOR)) {
			Set<UUID> own = access.ownProducers(user);
			return own.isEmpty() ? List.of()
					: statuses(month, (id, c, d) -> own.contains(id), unitFilter(unitCode, month));
		}
		if (unitCode != null && !unitCode.isBlank() && !ReportingAccess.isOffice(user)) {
			requireUnitInScope(user, unitCode.strip(), month);
		}
		return statuses(month, rows(access.coverage(user)), unitFilter(unitCode, month));
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
		if (!access.mayReportFor(user, producer.id(), producer.communeCode(), producer.unitDate())) {
			throw new AccessDeniedException("Producer outside the user's scope");
		}
		ProducerReport report = reports.findByProducerIdAndPeriodAndCurrentTrue(producerId, month.atDay(1)).orElse(null);
		var unit = report == null ? units.of(producer.communeCode(), producer.unitDate(), month)
				: units.unit(report.getReportingUnitCode(), month);
		return row(producer.id(), producer.name(), producer.communeCode(), unit, report,
				today().isAfter(producerDue(month)));
	}

	/** The sums of the month's current reports over the unit's producers (the user's whole area when blank). */
	@Transactional(readOnly = true)
	public ReportSummary summary(String period, @Nullable String unitCode) {
		YearMonth month = Periods.parse(period);
		List<ReportingStatus> rows = statuses(period, unitCode);
		Map<UUID, ProducerReport> byId = reportsOf(month);
		return summarise(month, unitCode == null || unitCode.isBlank() ? access.user().unitCode() : unitCode.strip(),
				rows, byId);
	}

	/** Reminds the producers of the user's area (or one unit) that have not reported the month; returns how many. */
	@Transactional(readOnly = true)
	public int remind(String period, @Nullable String unitCode) {
		YearMonth month = Periods.parse(period);
		CurrentUser user = access.user();
		if (!ReportingAccess.isOfficer(user)) {
			throw new AccessDeniedException("Only officers remind producers");
		}
		List<ReportingStatus> missing = statuses(period, unitCode).stream().filter(s -> !s.reported()).toList();
		return remindProducers(month, missing, "monitoring.notice.producerReminder");
	}

	// ---------------------------------------------------------------- reporting units

	/** The unit's report form: pre-filled sums and difficulties, and the versions submitted so far. */
	@Transactional(readOnly = true)
	public UnitReportDraft draft(String unitCode, String period) {
		YearMonth month = Periods.parse(period);
		CurrentUser user = access.user();
		var unit = requireCompile(user, unitCode, month);
		Map<UUID, ProducerReport> byId = reportsOf(month);
		List<ReportingStatus> rows = producersOf(unit.code(), month, byId);
		ReportSummary sums = summarise(month, unit.code(), rows, byId);
		List<UnitReportView> versions = unitReports.findByUnitCodeAndPeriodOrderByVersionAsc(unit.code(), month.atDay(1))
				.stream().map(r -> r.toView(unitDue(month))).toList();
		UnitReportView submitted = versions.stream().filter(UnitReportView::current).findFirst().orElse(null);
		return new UnitReportDraft(unit.code(), unit.name(), unit.level(), month.toString(), unitDue(month),
				sums.expected(), sums.reported(), sums.productionVolume(), sums.revenueVnd(), sums.workers(),
				difficulties(rows, byId), rows, submitted, versions);
	}

	/** Submits the unit's report with the sums of its producers' reports as they stand; 409 if already submitted. */
	@Transactional
	public UnitReportView submitUnit(NewUnitReport input) {
		YearMonth month = Periods.parse(input.period());
		requireStarted(month);
		CurrentUser user = access.user();
		var unit = requireCompile(user, input.unitCode(), month);
		if (unitReports.findByUnitCodeAndPeriodAndCurrentTrue(unit.code(), month.atDay(1)).isPresent()) {
			throw BusinessRuleException.conflict("monitoring.unitReport.exists", unit.name(), month.toString());
		}
		LocalDate due = unitDue(month);
		var report = new UnitReport(unit.code(), unit.name(), unit.level(), month, 1, content(unit.code(), month, input),
				null, today().isAfter(due), clock.instant(), user.username());
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
		UnitReportView view = next.toView(unitDue(month));
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
		return report.toView(unitDue(month));
	}

	/** The reporting units the user compiles for in the month (its own unit; for the office every unit). */
	@Transactional(readOnly = true)
	public List<ReportingUnit> compilableUnits(String period) {
		YearMonth month = Periods.parse(period);
		CurrentUser user = access.user();
		if (!ReportingAccess.isOfficer(user)) {
			return List.of();
		}
		Map<String, ReportingUnit> result = new LinkedHashMap<>();
		for (ReportingStatus s : statuses(month, rows(access.coverage(user)), r -> true)) {
			ReportingUnit unit = units.unit(s.reportingUnitCode(), month);
			if (access.mayCompile(user, unit.code(), month.atEndOfMonth(), unit.level())) {
				result.putIfAbsent(unit.code(), unit);
			}
		}
		return result.values().stream().sorted(Comparator.comparing(ReportingUnit::name)).toList();
	}

	// ---------------------------------------------------------------- the province

	/** The province's view of the month (provincial office): every unit, the late ones, the sums and the trend. */
	@Transactional(readOnly = true)
	public ProvinceMonth province(String period, int trendMonths) {
		YearMonth month = Periods.parse(period);
		CurrentUser user = access.requireOffice();
		return province(month, trendMonths, user.unitCode());
	}

	ProvinceMonth province(YearMonth month, int trendMonths, String provinceCode) {
		Map<UUID, ProducerReport> byId = reportsOf(month);
		List<ReportingStatus> rows = statuses(month, (id, c, d) -> true, r -> true, byId);
		Map<String, UnitReport> submitted = unitReports.findByPeriodAndCurrentTrue(month.atDay(1)).stream()
				.collect(Collectors.toMap(UnitReport::getUnitCode, r -> r, (a, b) -> a));
		Map<String, List<ReportingStatus>> byUnit = new LinkedHashMap<>();
		rows.forEach(r -> byUnit.computeIfAbsent(r.reportingUnitCode(), k -> new ArrayList<>()).add(r));
		submitted.keySet().forEach(code -> byUnit.computeIfAbsent(code, k -> new ArrayList<>()));
		LocalDate due = unitDue(month);
		boolean pastDue = today().isAfter(due);
		List<UnitMonth> list = new ArrayList<>();
		for (var entry : byUnit.entrySet()) {
			var unit = units.unit(entry.getKey(), month);
			ReportSummary sums = summarise(month, unit.code(), entry.getValue(), byId);
			UnitReport report = submitted.get(unit.code());
			boolean late = report == null ? pastDue : report.isLate();
			list.add(new UnitMonth(unit.code(), unit.name(), unit.level(), sums.expected(), sums.reported(),
					sums.revenueVnd(), sums.productionVolume(), sums.workers(), report == null ? null : report.toView(due),
					late, due));
		}
		list.sort(Comparator.comparing(UnitMonth::unitName));
		ReportSummary total = summarise(month, provinceCode, rows, byId);
		return new ProvinceMonth(month.toString(), due, total, list, list.stream().filter(UnitMonth::late).toList(),
				trend(month.minusMonths(Math.max(1, trendMonths) - 1L), month));
	}

	/** Province-wide monthly sums from one month to another (office), or those of one unit's area. */
	@Transactional(readOnly = true)
	public List<MonthlyTotals> trend(String from, String to, @Nullable String unitCode) {
		YearMonth start = Periods.parse(from);
		YearMonth end = Periods.parse(to);
		if (end.isBefore(start) || start.plusYears(10).isBefore(end)) {
			throw BusinessRuleException.unprocessable("monitoring.period.range", from, to);
		}
		CurrentUser user = access.user();
		// the role first, whatever unit is asked for: a unit inside the user's area is not enough
		if (!ReportingAccess.isOfficer(user)) {
			throw new AccessDeniedException("Only officers read the trend");
		}
		if (unitCode == null || unitCode.isBlank() || isProvince(unitCode.strip())) {
			return ReportingAccess.isOffice(user) ? trend(start, end) : trendIn(start, end, user.unitCode());
		}
		requireUnitInScope(user, unitCode.strip(), end);
		return trendIn(start, end, unitCode.strip());
	}

	/**
	 * KPI read API: the province-wide sums of producers' current monthly reports for each month of the year (twelve
	 * entries, zeros for months without reports). Not limited to the caller's area.
	 */
	@Transactional(readOnly = true)
	public List<MonthlyTotals> revenueByMonth(int year) {
		return trend(YearMonth.of(year, 1), YearMonth.of(year, 12));
	}

	/** KPI read API: the month's sums per reporting unit (district before July 2025, commune after). */
	@Transactional(readOnly = true)
	public List<UnitTotals> totalsByUnit(YearMonth period) {
		return reports.totalsByUnit(period.atDay(1)).stream()
				.map(t -> new UnitTotals(t.getUnitCode(), units.unit(t.getUnitCode(), period).name(), (int) t.getReported(),
						nz(t.getRevenue()), nz(t.getVolume()), nz(t.getWorkers())))
				.sorted(Comparator.comparing(UnitTotals::unitName)).toList();
	}

	List<MonthlyTotals> trend(YearMonth from, YearMonth to) {
		return fill(from, to, reports.totalsByMonth(from.atDay(1), to.atDay(1)));
	}

	private List<MonthlyTotals> trendIn(YearMonth from, YearMonth to, String unitCode) {
		Set<String> codes = geography.codesWithin(unitCode);
		return fill(from, to, reports.totalsByMonthIn(from.atDay(1), to.atDay(1), codes));
	}

	private static List<MonthlyTotals> fill(YearMonth from, YearMonth to, List<ProducerReports.MonthTotals> rows) {
		Map<YearMonth, ProducerReports.MonthTotals> byMonth = new HashMap<>();
		rows.forEach(r -> byMonth.put(YearMonth.from(r.getPeriod()), r));
		List<MonthlyTotals> result = new ArrayList<>();
		for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
			var t = byMonth.get(m);
			result.add(t == null ? new MonthlyTotals(m.toString(), 0, 0, BigDecimal.ZERO, 0)
					: new MonthlyTotals(m.toString(), (int) t.getReported(), nz(t.getRevenue()), nz(t.getVolume()),
							nz(t.getWorkers())));
		}
		return result;
	}

	// ---------------------------------------------------------------- reminders (the job)

	/** Reminds every producer that has not reported the month (no signed-in user: the job). */
	int remindAllProducers(YearMonth month, String messageCode) {
		List<ReportingStatus> missing = statuses(month, (id, c, d) -> true, r -> true).stream().filter(s -> !s.reported())
				.toList();
		return remindProducers(month, missing, messageCode);
	}

	/** Reminds the officers of every unit that has not reported the month; when late the office is told too. */
	int remindAllUnits(YearMonth month, boolean late) {
		String province = geography.homeProvince();
		ProvinceMonth view = province(month, 1, province);
		int sent = 0;
		Set<String> lateNames = new LinkedHashSet<>();
		for (UnitMonth unit : view.units()) {
			if (unit.report() != null) {
				continue;
			}
			Role role = unit.unitLevel() == UnitLevel.DISTRICT ? Role.DISTRICT_OFFICER : Role.COMMUNE_OFFICER;
			List<String> officers = users.usernamesCovering(unit.unitCode(), month.atEndOfMonth(), role).stream()
					.filter(u -> users.find(u).map(s -> unit.unitCode().equals(s.unitCode())).orElse(false)).toList();
			if (!officers.isEmpty()) {
				notices.send(Notice.to(officers, "monitoring.unit-report-reminder",
						late ? "monitoring.notice.unitLate" : "monitoring.notice.unitReminder",
						"/monitoring/reports/unit?unitCode=" + unit.unitCode() + "&period=" + month, month.toString(),
						unit.unitName(), format(unitDue(month))));
				sent++;
			}
			lateNames.add(unit.unitName());
		}
		if (late && !lateNames.isEmpty()) {
			List<String> office = users.all().stream().filter(u -> u.roles().contains(Role.PROVINCE_ADMIN) && u.enabled())
					.map(u -> u.username()).toList();
			notices.send(Notice.to(office, "monitoring.unit-report-late", "monitoring.notice.officeLate",
					"/monitoring/reports/province?period=" + month, month.toString(), lateNames.size(),
					String.join(", ", lateNames)));
		}
		return sent;
	}

	private int remindProducers(YearMonth month, List<ReportingStatus> missing, String messageCode) {
		int sent = 0;
		for (ReportingStatus s : missing) {
			Set<String> accounts = lifecycle.producer(s.producerId()).accounts();
			if (!accounts.isEmpty()) {
				notices.send(Notice.to(accounts, "monitoring.report-reminder", messageCode,
						"/monitoring/reports/mine", month.toString(), s.producerName(), format(producerDue(month))));
				sent++;
			}
		}
		return sent;
	}

	// ---------------------------------------------------------------- helpers

	LocalDate producerDue(YearMonth period) {
		return Periods.due(period, settings.producerDue());
	}

	LocalDate unitDue(YearMonth period) {
		return Periods.due(period, settings.unitDue());
	}

	/** Which producers' rows a list may show: by producer, commune and the commune's date. */
	@FunctionalInterface
	interface RowAccess {
		boolean test(UUID producerId, String communeCode, LocalDate unitDate);
	}

	private static RowAccess rows(BiPredicate<String, LocalDate> covers) {
		return (id, c, d) -> covers.test(c, d);
	}

	private List<ReportingStatus> statuses(YearMonth month, RowAccess covers, Predicate<ReportingStatus> unitFilter) {
		return statuses(month, covers, unitFilter, reportsOf(month));
	}

	private List<ReportingStatus> statuses(YearMonth month, RowAccess covers, Predicate<ReportingStatus> unitFilter,
			Map<UUID, ProducerReport> byId) {
		LocalDate due = producerDue(month);
		boolean pastDue = today().isAfter(due);
		Map<UUID, ReportingStatus> result = new LinkedHashMap<>();
		for (Reporter r : roster.active()) {
			if (r.getJoinedOn().isAfter(due) && !byId.containsKey(r.getProducerId())) {
				continue;
			}
			if (!covers.test(r.getProducerId(), r.getCommuneCode(), r.getUnitDate())) {
				continue;
			}
			var unit = units.of(r.getCommuneCode(), r.getUnitDate(), month);
			ProducerReport report = byId.get(r.getProducerId());
			var row = row(r.getProducerId(), r.getProducerName(), r.getCommuneCode(), unit, report, pastDue);
			if (unitFilter.test(row)) {
				result.put(r.getProducerId(), row);
			}
		}
		for (ProducerReport report : byId.values()) {
			if (result.containsKey(report.getProducerId())
					|| !covers.test(report.getProducerId(), report.getCommuneCode(), report.getUnitDate())) {
				continue;
			}
			var unit = units.unit(report.getReportingUnitCode(), month);
			var row = row(report.getProducerId(), report.getProducerName(), report.getCommuneCode(), unit, report, pastDue);
			if (unitFilter.test(row)) {
				result.put(report.getProducerId(), row);
			}
		}
		List<ReportingStatus> list = new ArrayList<>(result.values());
		list.sort(Comparator.comparing(ReportingStatus::reportingUnitName).thenComparing(ReportingStatus::producerName));
		return list;
	}

	private static ReportingStatus row(UUID producerId, String name, String commune, ReportingUnit unit,
			@Nullable ProducerReport report, boolean pastDue) {
		if (report == null) {
			return new ReportingStatus(producerId, name, commune, unit.code(), unit.name(), false, pastDue, null, null,
					null, null);
		}
		return new ReportingStatus(producerId, name, commune, report.getReportingUnitCode(), unit.name(), true,
				report.isLate(), report.getId(), report.getVersion(), report.getRevenueVnd(), report.getSubmittedAt());
	}

	private Map<UUID, ProducerReport> reportsOf(YearMonth month) {
		Map<UUID, ProducerReport> map = new HashMap<>();
		reports.findByPeriodAndCurrentTrue(month.atDay(1)).forEach(r -> map.put(r.getProducerId(), r));
		return map;
	}

	private List<ReportingStatus> producersOf(String unitCode, YearMonth month, Map<UUID, ProducerReport> byId) {
		return statuses(month, (id, c, d) -> true, r -> r.reportingUnitCode().equals(unitCode), byId);
	}

	private Predicate<ReportingStatus> unitFilter(@Nullable String unitCode, YearMonth month) {
		if (unitCode == null || unitCode.isBlank() || isProvince(unitCode.strip())) {
			return r -> true;
		}
		String code = unitCode.strip();
		if (geography.versionsOf(code).isEmpty()) {
			throw BusinessRuleException.unprocessable("monitoring.unit.unknown", code);
		}
		Set<String> area = geography.codesWithin(code);
		return r -> r.reportingUnitCode().equals(code) || area.contains(r.communeCode());
	}

	private boolean isProvince(String code) {
		return geography.versionsOf(code).stream().anyMatch(u -> u.level() == UnitLevel.PROVINCE);
	}

	private static ReportSummary summarise(YearMonth month, String unitCode, List<ReportingStatus> rows,
			Map<UUID, ProducerReport> byId) {
		long revenue = 0;
		long workers = 0;
		BigDecimal volume = BigDecimal.ZERO;
		int reported = 0;
		for (ReportingStatus s : rows) {
			ProducerReport r = byId.get(s.producerId());
			if (r != null) {
				reported++;
				revenue += r.getRevenueVnd();
				workers += r.getWorkers();
				volume = volume.add(r.getProductionVolume());
			}
		}
		return new ReportSummary(month.toString(), unitCode, reported, rows.size(), revenue, volume, workers);
	}

	private static String difficulties(List<ReportingStatus> rows, Map<UUID, ProducerReport> byId) {
		StringBuilder text = new StringBuilder();
		for (ReportingStatus s : rows) {
			ProducerReport r = byId.get(s.producerId());
			if (r == null) {
				continue;
			}
			List<String> parts = new ArrayList<>();
			if (r.getDifficulties() != null) {
				parts.add(r.getDifficulties());
			}
			if (r.getSupportRequests() != null) {
				parts.add(r.getSupportRequests());
			}
			if (!parts.isEmpty()) {
				text.append("- ").append(r.getProducerName()).append(": ").append(String.join(" / ", parts)).append('\n');
			}
		}
		return text.length() > 4000 ? text.substring(0, 4000) : text.toString().strip();
	}

	private UnitReport.Content content(String unitCode, YearMonth month, NewUnitReport input) {
		Map<UUID, ProducerReport> byId = reportsOf(month);
		List<ReportingStatus> rows = producersOf(unitCode, month, byId);
		ReportSummary sums = summarise(month, unitCode, rows, byId);
		String difficulties = input.difficulties() == null || input.difficulties().isBlank() ? difficulties(rows, byId)
				: input.difficulties();
		requireLength("difficulties", difficulties, 4000);
		requireLength("strengths", input.strengths(), MAX_TEXT);
		requireLength("problems", input.problems(), MAX_TEXT);
		requireLength("proposals", input.proposals(), MAX_TEXT);
		return new UnitReport.Content(sums.expected(), sums.reported(), sums.productionVolume(), sums.revenueVnd(),
				(int) Math.min(Integer.MAX_VALUE, sums.workers()), difficulties, input.strengths(), input.problems(),
				input.proposals());
	}

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

	private void requireUnitInScope(CurrentUser user, String unitCode, YearMonth month) {
		if (!access.covers(user, unitCode, month.atEndOfMonth())) {
			throw new AccessDeniedException("Unit outside the user's scope");
		}
	}

	private void requireSee(CurrentUser user, ProducerReport report) {
		if (!access.mayReportFor(user, report.getProducerId(), report.getCommuneCode(), report.getUnitDate())
				&& !user.has(Role.INSPECTOR)) {
			throw new AccessDeniedException("Report outside the user's scope");
		}
	}

	private void requireStarted(YearMonth period) {
		if (period.isAfter(YearMonth.now(clock))) {
			throw BusinessRuleException.unprocessable("monitoring.period.future", period.toString());
		}
		if (period.isBefore(YearMonth.of(2019, 1))) {
			throw BusinessRuleException.unprocessable("monitoring.period.tooOld", period.toString());
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

	private static ProducerReport.Figures figures(NewProducerReport input) {
		if (input.productionVolume() == null) {
			throw BusinessRuleException.unprocessable("monitoring.field.required", "productionVolume");
		}
		if (input.revenueVnd() == null) {
			throw BusinessRuleException.unprocessable("monitoring.field.required", "revenueVnd");
		}
		if (input.workers() == null) {
			throw BusinessRuleException.unprocessable("monitoring.field.required", "workers");
		}
		if (input.productionVolume().signum() < 0 || input.productionVolume().compareTo(new BigDecimal("1e15")) >= 0
				|| input.productionVolume().scale() > 2 && input.productionVolume().stripTrailingZeros().scale() > 2) {
			throw BusinessRuleException.unprocessable("monitoring.field.invalidNumber", "productionVolume");
		}
		if (input.revenueVnd() < 0) {
			throw BusinessRuleException.unprocessable("monitoring.field.negative", "revenueVnd");
		}
		if (input.workers() < 0 || input.workers() > 1_000_000) {
			throw BusinessRuleException.unprocessable("monitoring.field.invalidNumber", "workers");
		}
		requireLength("difficulties", input.difficulties(), MAX_TEXT);
		requireLength("supportRequests", input.supportRequests(), MAX_TEXT);
		Set<SalesChannel> channels = input.salesChannels() == null ? Set.of()
				: input.salesChannels().isEmpty() ? Set.of() : EnumSet.copyOf(input.salesChannels());
		return new ProducerReport.Figures(input.productionVolume().setScale(2, java.math.RoundingMode.HALF_UP),
				input.revenueVnd(), input.workers(), channels, input.difficulties(), input.supportRequests());
	}

	private static void requireLength(String field, @Nullable String value, int max) {
		if (value != null && value.length() > max) {
			throw BusinessRuleException.unprocessable("monitoring.field.tooLong", field, max);
		}
	}

	private static long nz(@Nullable Long value) {
		return value == null ? 0 : value;
	}

	private static BigDecimal nz(@Nullable BigDecimal value) {
		return value == null ? BigDecimal.ZERO : value;
	}

	private static String format(LocalDate day) {
		return day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
