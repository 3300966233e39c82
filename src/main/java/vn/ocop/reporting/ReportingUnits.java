package vn.ocop.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import vn.ocop.geography.GeographyApi;
import vn.ocop.geography.Unit;
import vn.ocop.geography.UnitLevel;
import vn.ocop.geography.UnitAt;

/**
 * Where a producer's monthly report goes, by the administrative structure in force in the reporting period:
 * to its district while districts existed (until 30 June 2025), to its commune from July 2025 on; the reporting
 * unit then reports to the province.
 */
@Component
class ReportingUnits {

	private final GeographyApi geography;
	private final Map<String, ReportingUnit> cache = new ConcurrentHashMap<>();

	ReportingUnits(GeographyApi geography) {
		this.geography = geography;
	}

	/** The unit that compiles the month's report of a producer recorded in the commune (as it was on its date). */
	ReportingUnit of(UnitAt commune, YearMonth period) {
		LocalDate day = period.atEndOfMonth();
		return cache.computeIfAbsent(commune.code() + "|" + commune.date() + "|" + day, k -> resolve(commune, day));
	}

	/** The reporting unit with this code as of the period (its name in force then). */
	ReportingUnit unit(String code, YearMonth period) {
		LocalDate day = period.atEndOfMonth();
		return cache.computeIfAbsent(code + "|unit|" + day, k -> geography.find(code, day)
				.or(() -> latest(code)).map(u -> new ReportingUnit(u.code(), u.name(), u.level()))
				.orElse(new ReportingUnit(code, code, UnitLevel.COMMUNE)));
	}

	/** The level that reports to the province in the period. */
	UnitLevel levelFor(YearMonth period) {
		return period.isBefore(YearMonth.of(2025, 7)) ? UnitLevel.DISTRICT : UnitLevel.COMMUNE;
	}

	private ReportingUnit resolve(UnitAt recorded, LocalDate day) {
		String commune = recorded.code();
		Optional<Unit> inForce = geography.find(recorded.code(), day);
		if (inForce.isEmpty()) {
			List<Unit> successors = geography.successors(recorded, day);
			if (!successors.isEmpty()) {
				commune = successors.get(0).code();
			}
		}
		List<Unit> lineage = geography.lineage(commune, day);
		for (Unit unit : lineage) {
			if (unit.level() == UnitLevel.DISTRICT) {
				return new ReportingUnit(unit.code(), unit.name(), UnitLevel.DISTRICT);
			}
		}
		for (Unit unit : lineage) {
			if (unit.level() == UnitLevel.COMMUNE) {
				return new ReportingUnit(unit.code(), unit.name(), UnitLevel.COMMUNE);
			}
		}
		String fallback = commune;
		return latest(fallback).map(u -> new ReportingUnit(u.code(), u.name(), u.level()))
				.orElse(new ReportingUnit(fallback, fallback, UnitLevel.COMMUNE));
	}

	private Optional<Unit> latest(String code) {
		List<Unit> versions = geography.versionsOf(code);
		return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
	}
}
