package vn.ocop.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.geography.GeographyApi;
import vn.ocop.identity.CurrentUser;
import vn.ocop.reporting.ReportingRoll.RowAccess;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.geography.UnitAt;

/**
 * The province's view of the reporting: every unit's month with the late ones and the province-wide sums, the trend
 * of the monthly sums, and the read API of the programme's KPI dashboard (province-wide, not limited to the caller's
 * area).
 */
@Service
public class ProvinceReporting {

	private final ProducerReports reports;
	private final UnitReports unitReports;
	private final ReportingRoll roll;
	private final ReportingUnits units;
	private final ReportingAccess access;
	private final GeographyApi geography;

	ProvinceReporting(ProducerReports reports, UnitReports unitReports, ReportingRoll roll, ReportingUnits units,
			ReportingAccess access, GeographyApi geography) {
		this.reports = reports;
		this.unitReports = unitReports;
		this.roll = roll;
		this.units = units;
		this.access = access;
		this.geography = geography;
	}

	/** The province's view of the month (provincial office): every unit, the late ones, the sums and the trend. */
	@Transactional(readOnly = true)
	public ProvinceMonth province(String period, int trendMonths) {
		YearMonth month = Periods.parse(period);
		CurrentUser user = access.requireOffice();
		return province(month, trendMonths, user.unitCode());
	}

	ProvinceMonth province(YearMonth month, int trendMonths, String provinceCode) {
		Map<UUID, ProducerReport> byId = roll.reportsOf(month);
		List<ReportingStatus> rows = roll.statuses(month, RowAccess.all(), r -> true, byId);
		Map<String, UnitReport> submitted = unitReports.findByPeriodAndCurrentTrue(month.atDay(1)).stream()
				.collect(Collectors.toMap(UnitReport::getUnitCode, r -> r, (a, b) -> a));
		Map<String, List<ReportingStatus>> byUnit = new LinkedHashMap<>();
		rows.forEach(r -> byUnit.computeIfAbsent(r.reportingUnitCode(), k -> new ArrayList<>()).add(r));
		submitted.keySet().forEach(code -> byUnit.computeIfAbsent(code, k -> new ArrayList<>()));
		LocalDate due = roll.unitDue(month);
		boolean pastDue = roll.today().isAfter(due);
		List<UnitMonth> list = new ArrayList<>();
		for (var entry : byUnit.entrySet()) {
			var unit = units.unit(entry.getKey(), month);
			ReportSummary sums = ReportingRoll.summarise(month, unit.code(), entry.getValue(), byId);
			UnitReport report = submitted.get(unit.code());
			boolean late = report == null ? pastDue : report.isLate();
			list.add(new UnitMonth(unit.code(), unit.name(), unit.level(), sums.expected(), sums.reported(),
					sums.revenueVnd(), sums.productionVolume(), sums.workers(), report == null ? null : report.toView(due),
					late, due));
		}
		list.sort(Comparator.comparing(UnitMonth::unitName));
		ReportSummary total = ReportingRoll.summarise(month, provinceCode, rows, byId);
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
		if (!user.isOfficer()) {
			throw new AccessDeniedException("Only officers read the trend");
		}
		if (unitCode == null || unitCode.isBlank() || roll.isProvince(unitCode.strip())) {
			return user.isOffice() ? trend(start, end) : trendIn(start, end, user.unitCode());
		}
		if (!access.covers(user, new UnitAt(unitCode.strip(), end.atEndOfMonth()))) {
			throw new AccessDeniedException("Unit outside the user's scope");
		}
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

	private static long nz(@Nullable Long value) {
		return value == null ? 0 : value;
	}

	private static BigDecimal nz(@Nullable BigDecimal value) {
		return value == null ? BigDecimal.ZERO : value;
	}
}
