package vn.ocop.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.ocop.geography.GeographyApi;
import vn.ocop.geography.UnitLevel;
import vn.ocop.identity.Role;
import vn.ocop.identity.UserManagement;
import vn.ocop.notification.Notice;
import vn.ocop.notification.Notifications;
import vn.ocop.registry.ProductLifecycle;
import vn.ocop.reporting.ReportingRoll.RowAccess;
import vn.ocop.geography.UnitAt;

/**
 * Every notice reporting sends, with its text and link: the reminders to producers that have not reported a month
 * (the job's rounds and an officer's reminder), and those to the officers of the units that have not (the office
 * told which are late); and the reactions to submissions, once committed ({@link MonthlyReportSubmitted} after the
 * unit's report, {@link UnitReportSubmitted} of a correction).
 */
@Component
class ReportingNotices {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final ProducerReports reports;
	private final UnitReports unitReports;
	private final ReportingRoll roll;
	private final ProvinceReporting province;
	private final ProductLifecycle lifecycle;
	private final GeographyApi geography;
	private final UserManagement users;
	private final Notifications notices;

	ReportingNotices(ProducerReports reports, UnitReports unitReports, ReportingRoll roll, ProvinceReporting province,
			ProductLifecycle lifecycle, GeographyApi geography, UserManagement users, Notifications notices) {
		this.reports = reports;
		this.unitReports = unitReports;
		this.roll = roll;
		this.province = province;
		this.lifecycle = lifecycle;
		this.geography = geography;
		this.users = users;
		this.notices = notices;
	}

	/** Reminds every producer that has not reported the month (no signed-in user: the job). */
	int remindAllProducers(YearMonth month, String messageCode) {
		List<ReportingStatus> missing = roll.statuses(month, RowAccess.all(), r -> true).stream()
				.filter(s -> !s.reported()).toList();
		return remindProducers(month, missing, messageCode);
	}

	/** Reminds the producers of the rows; returns how many were told (those with an account). */
	int remindProducers(YearMonth month, List<ReportingStatus> missing, String messageCode) {
		int sent = 0;
		for (ReportingStatus s : missing) {
			Set<String> accounts = lifecycle.producer(s.producerId()).accounts();
			if (!accounts.isEmpty()) {
				notices.send(Notice.to(accounts, "monitoring.report-reminder", messageCode, "/monitoring/reports/mine",
						month.toString(), s.producerName(), format(roll.producerDue(month))));
				sent++;
			}
		}
		return sent;
	}

	/** Reminds the officers of every unit that has not reported the month; when late the office is told too. */
	int remindAllUnits(YearMonth month, boolean late) {
		ProvinceMonth view = province.province(month, 1, geography.homeProvince());
		int sent = 0;
		Set<String> lateNames = new LinkedHashSet<>();
		for (UnitMonth unit : view.units()) {
			if (unit.report() != null) {
				continue;
			}
			List<String> officers = officersOf(unit.unitCode(), unit.unitLevel(), month);
			if (!officers.isEmpty()) {
				notices.send(Notice.to(officers, "monitoring.unit-report-reminder",
						late ? "monitoring.notice.unitLate" : "monitoring.notice.unitReminder",
						"/monitoring/reports/unit?unitCode=" + unit.unitCode() + "&period=" + month, month.toString(),
						unit.unitName(), format(roll.unitDue(month))));
				sent++;
			}
			lateNames.add(unit.unitName());
		}
		if (late && !lateNames.isEmpty()) {
			notices.send(Notice.to(office(), "monitoring.unit-report-late", "monitoring.notice.officeLate",
					"/monitoring/reports/province?period=" + month, month.toString(), lateNames.size(),
					String.join(", ", lateNames)));
		}
		return sent;
	}

	/**
	 * A producer's report (or its correction) that comes in after its reporting unit submitted the month's report:
	 * the unit's sums no longer include it as it stands, so the unit's officers are told and may correct their
	 * report. Reports that came in before the unit's report are in its sums: nobody is told.
	 */
	@ApplicationModuleListener
	void on(MonthlyReportSubmitted event) {
		ProducerReport report = reports.findById(event.reportId()).orElse(null);
		if (report == null) {
			return;
		}
		YearMonth month = YearMonth.parse(event.period());
		unitReports.findByUnitCodeAndPeriodAndCurrentTrue(report.getReportingUnitCode(), month.atDay(1))
				.map(unit -> unit.toView(roll.unitDue(month)))
				.filter(unit -> unit.submittedAt().isBefore(report.getSubmittedAt()))
				.ifPresent(unit -> {
					List<String> officers = officersOf(unit.unitCode(), unit.unitLevel(), month);
					if (!officers.isEmpty()) {
						notices.send(Notice.to(officers, "monitoring.unit-report-outdated",
								"monitoring.notice.unitReportOutdated",
								"/monitoring/reports/unit?unitCode=" + unit.unitCode() + "&period=" + month,
								month.toString(), report.getProducerName(), unit.unitName()));
					}
				});
	}

	/**
	 * A unit's corrected report (a version after the first): the provincial office, which may have used the figures
	 * already, is told of the new version and its reason.
	 */
	@ApplicationModuleListener
	void on(UnitReportSubmitted event) {
		if (event.version() <= 1) {
			return;
		}
		YearMonth month = YearMonth.parse(event.period());
		unitReports.findById(event.reportId()).map(r -> r.toView(roll.unitDue(month)))
				.ifPresent(report -> notices.send(Notice.to(office(), "monitoring.unit-report-corrected",
						"monitoring.notice.unitReportCorrected", "/monitoring/reports/province?period=" + month,
						month.toString(), report.unitName(), report.version(),
						report.correctionReason() == null ? "" : report.correctionReason())));
	}

	/** The officers whose own unit is the reporting unit (district officers before July 2025, commune officers after). */
	List<String> officersOf(String unitCode, UnitLevel level, YearMonth month) {
		Role role = level == UnitLevel.DISTRICT ? Role.DISTRICT_OFFICER : Role.COMMUNE_OFFICER;
		return users.usernamesCovering(new UnitAt(unitCode, month.atEndOfMonth()), role).stream()
				.filter(u -> users.find(u).map(s -> unitCode.equals(s.unitCode())).orElse(false)).toList();
	}

	/** The provincial office's enabled accounts. */
	List<String> office() {
		return users.all().stream().filter(u -> u.roles().contains(Role.PROVINCE_ADMIN) && u.enabled())
				.map(u -> u.username()).toList();
	}

	static String format(LocalDate day) {
		return day.format(DAY);
	}
}
