package vn.ocop.geography;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What other modules may ask about administrative units. Records elsewhere keep the code of the unit they were
 * made under together with a date; these questions are always asked "on" a date so that an old record stays
 * correct after a reorganisation.
 */
public interface GeographyApi {

	/**
	 * The GSO code of the province whose programme this installation runs (ocop.geography.home-province, Hà Tĩnh's
	 * 42 by default): its units come with their history, and registries, reports and figures are about it; the rest
	 * of the country's units serve addresses (a buyer anywhere in Việt Nam).
	 */
	String homeProvince();

	/** The version of the unit with this code in force on the given day. */
	Optional<Unit> find(String code, LocalDate on);

	/** The version of the unit in force on its date. */
	default Optional<Unit> find(UnitAt unit) {
		return find(unit.code(), unit.date());
	}

	/** All versions of the unit with this code, oldest first. */
	List<Unit> versionsOf(String code);

	/** The units in force on the day, optionally of one level and/or under one parent, ordered by code. */
	List<Unit> unitsInForce(LocalDate on, @Nullable UnitLevel level, @Nullable String parentCode);

	/**
	 * Whether the unit {@code code} is {@code ancestorCode} itself or lies inside it, by the structure in force
	 * on the given day.
	 */
	boolean isWithin(String code, String ancestorCode, LocalDate on);

	/** The unit and its ancestors in force on the day, from the unit up to the province. */
	List<Unit> lineage(String code, LocalDate on);

	/** The unit as it was on its date and its ancestors then, from the unit up to the province. */
	default List<Unit> lineage(UnitAt unit) {
		return lineage(unit.code(), unit.date());
	}

	/**
	 * The units in force on {@code today} that the unit {@code code} (as it was on {@code on}) became, following
	 * the recorded reorganisation mappings; the unit itself if it never changed. Lets reports group old records
	 * under today's units.
	 * <p>
	 * Each version that ended is followed from the next day: to the units a recorded mapping names for that day
	 * (several if the unit was split), else to the next version of the same code (renamed, moved or unchanged),
	 * else, for a unit with units under it (a district abolished on 1 July 2025), to the successors of those units.
	 * A commune dissolved without a recorded mapping (the seven of January 2025) has no known successor: the result
	 * is empty rather than a guess. Empty too if the code was not in force on {@code on}. Ordered by code.
	 */
	List<Unit> successors(String code, LocalDate on, LocalDate today);

	/** The units in force on {@code today} that the unit (as it was on its date) became; see the other form. */
	default List<Unit> successors(UnitAt unit, LocalDate today) {
		return successors(unit.code(), unit.date(), today);
	}

	/**
	 * The codes of the area of the unit {@code unitCode} over time: the unit itself, every unit that lay inside it at
	 * any time during its existence, and the old units that a recorded mapping merged (wholly or partly) into it or
	 * into a unit inside it, with what lay inside those. Lets a query select the records of an area with
	 * {@code commune_code in (...)}, whatever structure they were made under, and lets the officer of a unit that no
	 * longer exists (a district before July 2025) keep reaching the records made inside it. A new unit formed after
	 * the unit ended is not part of its area (it may have taken from several areas): its records are reached through
	 * the new unit's own area.
	 */
	java.util.Set<String> codesWithin(String unitCode);
}
