package vn.ocop.geography;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.ocop.shared.ImportProblems.Problem;

/**
 * The versioning rules: how a snapshot in force from {@code start} changes the stored versions of the provinces it
 * covers. A unit in force the day before with the same name, level and parent continues; a changed unit's version
 * is closed the day before and a new one opened; a unit missing from the snapshot is closed the day before; a new
 * code is opened. Units of other provinces are never touched. Pure: works on the entities given and changes
 * nothing until {@link Plan#closeAll()} is called.
 */
final class SnapshotReconciliation {

	/**
	 * What the snapshot will do.
	 *
	 * @param lastDay the day before the snapshot's start, on which closed versions end
	 * @param closing versions to close on {@code lastDay}
	 * @param opening versions to open from the start
	 * @param unchanged number of versions that continue
	 */
	record Plan(LocalDate lastDay, List<AdministrativeUnit> closing, List<AdministrativeUnit> opening, int unchanged) {

		void closeAll() {
			closing.forEach(u -> u.close(lastDay));
		}
	}

	/** A snapshot already recorded for a province. */
	record Recorded(String provinceCode, LocalDate validFrom) {
	}

	private SnapshotReconciliation() {
	}

	/**
	 * Checks the snapshot against what is stored and plans the change.
	 *
	 * @param file the checked file (without problems of its own)
	 * @param start the snapshot's first day
	 * @param stored every stored version of the provinces in the file and of the codes listed in it (more does no
	 * harm: versions of other provinces are only looked at to refuse codes they still hold)
	 * @param recorded the snapshots recorded for the provinces in the file
	 * @param problems where problems are added; the plan means nothing if one was
	 */
	static Plan reconcile(SnapshotFile file, LocalDate start, Collection<AdministrativeUnit> stored,
			Collection<Recorded> recorded, List<Problem> problems) {
		Set<String> provinces = file.provinceCodes();
		LocalDate lastDay = start.minusDays(1);

		for (String province : provinces) {
			LocalDate latest = null;
			for (Recorded snapshot : recorded) {
				if (!snapshot.provinceCode().equals(province)) {
					continue;
				}
				if (snapshot.validFrom().equals(start)) {
					problems.add(new Problem(0, "geography.import.snapshot.exists", province, start.toString()));
				}
				if (latest == null || snapshot.validFrom().isAfter(latest)) {
					latest = snapshot.validFrom();
				}
			}
			if (latest != null && latest.isAfter(start)) {
				problems.add(new Problem(0, "geography.import.date.notAfterLatest", province, start.toString(),
						latest.toString()));
			}
		}

		// a code still held (on or after the start) by a unit of a province the snapshot does not cover
		Map<String, List<AdministrativeUnit>> byCode = stored.stream()
				.collect(Collectors.groupingBy(AdministrativeUnit::getCode));
		for (SnapshotFile.UnitRow row : file.rows()) {
			byCode.getOrDefault(row.code(), List.of()).stream()
					.filter(u -> !provinces.contains(u.getProvinceCode()))
					.filter(u -> u.getValidTo() == null || !u.getValidTo().isBefore(start))
					.findFirst()
					.ifPresent(u -> problems.add(new Problem(row.line(), "geography.import.code.otherProvince",
							row.code(), u.getName(), u.getProvinceCode())));
		}

		Map<String, AdministrativeUnit> before = stored.stream()
				.filter(u -> provinces.contains(u.getProvinceCode()) && u.inForceOn(lastDay))
				.collect(Collectors.toMap(AdministrativeUnit::getCode, Function.identity(), (a, b) -> a,
						HashMap::new));

		var closing = new ArrayList<AdministrativeUnit>();
		var opening = new ArrayList<AdministrativeUnit>();
		int unchanged = 0;
		for (SnapshotFile.UnitRow row : file.rows()) {
			AdministrativeUnit current = before.remove(row.code());
			if (current != null && current.sameAs(row.name(), row.level(), row.parentCode())) {
				unchanged++;
				continue;
			}
			if (current != null) {
				closing.add(current);
			}
			opening.add(new AdministrativeUnit(row.code(), row.name(), row.level(), row.parentCode(),
					row.provinceCode(), start));
		}
		// in force before, of a covered province, missing from the snapshot
		closing.addAll(before.values());
		return new Plan(lastDay, List.copyOf(closing), List.copyOf(opening), unchanged);
	}
}
