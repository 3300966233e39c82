package vn.ocop.geography;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One version of an administrative unit, as other modules see it.
 *
 * @param code the official GSO code
 * @param name the official name with its type prefix (e.g. "Huyện Vũ Quang")
 * @param level the unit's level
 * @param parentCode the code of the parent unit in force in the same period; {@code null} for a province
 * @param validFrom first day of this version
 * @param validTo last day of this version; {@code null} while in force
 */
public record Unit(String code, String name, UnitLevel level, @Nullable String parentCode, LocalDate validFrom,
		@Nullable LocalDate validTo) {

	public boolean inForceOn(LocalDate day) {
		return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
	}
}
