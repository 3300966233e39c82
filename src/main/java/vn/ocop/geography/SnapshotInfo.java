package vn.ocop.geography;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An imported snapshot of the units of one province.
 *
 * @param id the record's id
 * @param provinceCode GSO code of the province
 * @param validFrom first day the listed units were in force
 * @param source where the list came from (file, legal act)
 * @param importedAt when it was imported
 * @param importedBy who imported it ({@code system} for the bundled reference data)
 * @param units number of units listed, the province included
 */
public record SnapshotInfo(UUID id, String provinceCode, LocalDate validFrom, String source, Instant importedAt,
		String importedBy, int units) {
}
