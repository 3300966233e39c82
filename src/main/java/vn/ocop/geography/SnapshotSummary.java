package vn.ocop.geography;

import java.time.LocalDate;

/**
 * What an accepted snapshot import changed.
 *
 * @param provinceCode the province the snapshot covers (several joined by commas in the rare multi-province file)
 * @param validFrom the snapshot's first day
 * @param units rows of the file
 * @param opened versions opened from {@code validFrom} (new units and changed ones)
 * @param closed versions closed the day before {@code validFrom} (changed and vanished units)
 * @param unchanged units that continue as they were
 */
public record SnapshotSummary(String provinceCode, LocalDate validFrom, int units, int opened, int closed,
		int unchanged) {
}
