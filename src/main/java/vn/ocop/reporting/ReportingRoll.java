package vn.ocop.reporting;

import java.math.BigDecimal;
import java.time.Clock;
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
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.ocop.geography.GeographyApi;
import vn.ocop.geography.UnitLevel;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.geography.UnitAt;

/**
 * The roll of a month: who has and has not reported it — every producer on the roster with a product in the
 * programme by the due day, and any other that reported — each with the reporting unit its report goes to; the sums
 * and the difficulties of a set of rows; the deadlines. The one query behind the producers' list, the unit's draft,
 * the province's month and the reminders.
 */
@Component
class ReportingRoll {

	private final ProducerReports reports;
	private final Roster roster;
	private final ReportingUnits units;
	private final GeographyApi geography;
	private final ReportingSettings settings;
	private final Clock clock;

	ReportingRoll(ProducerReports reports, Roster roster, ReportingUnits units, GeographyApi geography,
			ReportingSettings settings, Clock clock) {
		this.reports = reports;
		this.roster = roster;
		this.units = units;
		this.geography = geography;
		this.settings = settings;
		this.clock = clock;
	}

	/** Which producers' rows a list may show: by producer, commune and the commune's date. */
	@FunctionalInterface
	interface RowAccess {

		boolean test(UUID producerId, UnitAt commune);

		static RowAccess all() {
			return (id, c) -> true;
		}

		static RowAccess covered(Predicate<UnitAt> covers) {
			return (id, c) -> covers.test(c);
		}
	}

	LocalDate producerDue(YearMonth period) {
		return Periods.due(period, settings.producerDue());
	}

	LocalDate unitDue(YearMonth period) {
		return Periods.due(period, settings.unitDue());
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	List<ReportingStatus> statuses(YearMonth month, RowAccess covers, Predicate<ReportingStatus> unitFilter) {
		return statuses(month, covers, unitFilter, reportsOf(month));
	}

	List<ReportingStatus> statuses(YearMonth month, RowAccess covers, Predicate<ReportingStatus> unitFilter,
			Map<UUID, ProducerReport> byId) {
		LocalDate due = producerDue(month);
		boolean pastDue = today().isAfter(due);
		Map<UUID, ReportingStatus> result = new LinkedHashMap<>();
		for (Reporter r : roster.active()) {
			if (r.getJoinedOn().isAfter(due) && !byId.containsKey(r.getProducerId())) {
				continue;
			}
			if (!covers.test(r.getProducerId(), r.getUnitAt())) {
				continue;
			}
			var unit = units.of(r.getUnitAt(), month);
			ProducerReport report = byId.get(r.getProducerId());
			var row = row(r.getProducerId(), r.getProducerName(), r.getUnitAt().code(), unit, report, pastDue);
			if (unitFilter.test(row)) {
				result.put(r.getProducerId(), row);
			}
		}
		for (ProducerReport report : byId.values()) {
			if (result.containsKey(report.getProducerId())
					|| !covers.test(report.getProducerId(), report.getUnitAt())) {
				continue;
			}
			var unit = units.unit(report.getReportingUnitCode(), month);
			var row = row(report.getProducerId(), report.getProducerName(), report.getUnitAt().code(), unit, report, pastDue);
			if (unitFilter.test(row)) {
				result.put(report.getProducerId(), row);
			}
		}
		List<ReportingStatus> list = new ArrayList<>(result.values());
		list.sort(Comparator.comparing(ReportingStatus::reportingUnitName).thenComparing(ReportingStatus::producerName));
		return list;
	}

	static ReportingStatus row(UUID producerId, String name, String commune, ReportingUnit unit,
			@Nullable ProducerReport report, boolean pastDue) {
		if (report == null) {
			return new ReportingStatus(producerId, name, commune, unit.code(), unit.name(), false, pastDue, null, null,
					null, null);
		}
		return new ReportingStatus(producerId, name, commune, report.getReportingUnitCode(), unit.name(), true,
				report.isLate(), report.getId(), report.getVersion(), report.getRevenueVnd(), report.getSubmittedAt());
	}

	/** The month's current reports by producer. */
	Map<UUID, ProducerReport> reportsOf(YearMonth month) {
		Map<UUID, ProducerReport> map = new HashMap<>();
		reports.findByPeriodAndCurrentTrue(month.atDay(1)).forEach(r -> map.put(r.getProducerId(), r));
		return map;
	}

	/** The rows of the producers whose reports go to the unit. */
	List<ReportingStatus> producersOf(String unitCode, YearMonth month, Map<UUID, ProducerReport> byId) {
		return statuses(month, RowAccess.all(), r -> r.reportingUnitCode().equals(unitCode), byId);
	}

	/** The rows of one unit's area (all when blank or the province); 422 for an unknown unit. */
	Predicate<ReportingStatus> unitFilter(@Nullable String unitCode, YearMonth month) {
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

	boolean isProvince(String code) {
		return geography.versionsOf(code).stream().anyMatch(u -> u.level() == UnitLevel.PROVINCE);
	}

	static ReportSummary summarise(YearMonth month, String unitCode, List<ReportingStatus> rows,
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

	/** The difficulties and support requests of the rows' reports, one line per producer (at most 4,000 characters). */
	static String difficulties(List<ReportingStatus> rows, Map<UUID, ProducerReport> byId) {
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
}
