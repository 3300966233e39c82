package vn.ocop.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.shared.work.WorkItem;
import vn.ocop.shared.work.WorkItemSource;

/**
 * The monthly reports waiting (issue 16): a producer's report of last month until it is submitted (due on the
 * 15th); for a district or commune officer, the producers of the area that have not reported and the unit's own
 * report (due on the 20th); for the provincial office, the units late with theirs.
 */
@Component
@Transactional(readOnly = true)
class ReportingWorkItems implements WorkItemSource {

	private final MonthlyReporting reporting;
	private final UnitReporting units;
	private final ProvinceReporting province;
	private final ReportingRoll roll;
	private final ReportingAccess access;

	ReportingWorkItems(MonthlyReporting reporting, UnitReporting units, ProvinceReporting province, ReportingRoll roll,
			ReportingAccess access) {
		this.reporting = reporting;
		this.units = units;
		this.province = province;
		this.roll = roll;
		this.access = access;
	}

	@Override
	public List<WorkItem> workItems(LocalDate today) {
		CurrentUser user = access.user();
		List<WorkItem> items = new ArrayList<>();
		String period = YearMonth.from(today).minusMonths(1).toString();
		if (user.has(Role.PRODUCER)) {
			for (MyReports mine : reporting.mine()) {
				if (mine.dueReport() == null) {
					items.add(WorkItem.of("monitoring.producer-report", "work.monitoring.producerReport", mine.dueOn(),
							"/monitoring/reports/mine", 1, mine.duePeriod(), mine.producerName()));
				}
			}
		}
		if (user.isOffice()) {
			ProvinceMonth month = province.province(period, 1);
			if (!month.late().isEmpty()) {
				items.add(WorkItem.of("monitoring.units-late", "work.monitoring.unitsLate", month.unitDueOn(),
						"/monitoring/reports/province?period=" + period, month.late().size(), month.late().size(),
						period));
			}
		}
		else if (user.isOfficer()) {
			long missing = reporting.statuses(period, null).stream().filter(s -> !s.reported()).count();
			for (ReportingUnit unit : units.compilableUnits(period)) {
				UnitReportDraft draft = units.draft(unit.code(), period);
				if (missing > 0) {
					items.add(WorkItem.of("monitoring.producers-missing", "work.monitoring.producersMissing",
							roll.producerDue(YearMonth.parse(period)),
							"/monitoring/reports/unit?period=" + period + "&unitCode=" + unit.code(), missing, missing,
							period));
					missing = 0;
				}
				if (draft.submitted() == null) {
					items.add(WorkItem.of("monitoring.unit-report", "work.monitoring.unitReport", draft.dueOn(),
							"/monitoring/reports/unit?period=" + period + "&unitCode=" + unit.code(), 1, period,
							unit.name()));
				}
			}
		}
		return items;
	}
}
