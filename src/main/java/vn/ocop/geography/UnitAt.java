package vn.ocop.geography;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Embeddable;

/**
 * A unit code as it was on a date: the GSO code of an administrative unit (usually a commune) together with the day
 * whose structure the code refers to. Units have history — communes were merged on 1 July 2025 and codes were
 * reused — so a code alone means nothing; with its date it names one version of one unit, and geography answers
 * what that unit is called, what lies above it and what it became ({@link GeographyApi#successors(UnitAt, LocalDate)}).
 * <p>
 * Records of other modules keep it as an embedded value; each entity names its own columns with
 * {@code @AttributeOverride} (usually {@code commune_code} and {@code unit_date}).
 *
 * @param code the GSO code of the unit as it was on {@code date}
 * @param date the day the code refers to (e.g. the day the record was registered)
 */
@Embeddable
public record UnitAt(String code, LocalDate date) {

	public UnitAt {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(date, "date");
	}

	/** The same code read on another day (a record whose reference date moves). */
	public UnitAt on(LocalDate day) {
		return new UnitAt(code, day);
	}

	/** The unit of another code on the same day (a record whose commune is corrected). */
	public UnitAt withCode(String other) {
		return new UnitAt(other, date);
	}
}
