package vn.ocop.geography;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * An immutable in-memory picture of every unit version and every reorganisation mapping, answering the questions
 * of {@link GeographyApi}. Built once after each import; a few thousand small records.
 */
final class UnitIndex {

	private static final Comparator<Unit> BY_CODE_THEN_FROM = Comparator.comparing(Unit::code)
			.thenComparing(Unit::validFrom);

	static final UnitIndex EMPTY = new UnitIndex(List.of(), List.of());

	private final List<Unit> all;
	private final Map<String, List<Unit>> versionsByCode;
	private final Map<String, List<Unit>> versionsByParent;
	/** old code → effective day → new codes */
	private final Map<String, Map<LocalDate, List<String>>> successions;
	private final List<Succession> allSuccessions;
	private final List<LocalDate> changeDays;

	private UnitIndex(Collection<Unit> units, Collection<Succession> successions) {
		this.all = units.stream().sorted(BY_CODE_THEN_FROM).toList();
		var byCode = new HashMap<String, List<Unit>>();
		var byParent = new HashMap<String, List<Unit>>();
		for (Unit unit : all) {
			byCode.computeIfAbsent(unit.code(), c -> new ArrayList<>()).add(unit);
			if (unit.parentCode() != null) {
				byParent.computeIfAbsent(unit.parentCode(), c -> new ArrayList<>()).add(unit);
			}
		}
		this.versionsByCode = freeze(byCode);
		this.versionsByParent = freeze(byParent);
		var mapped = new HashMap<String, Map<LocalDate, List<String>>>();
		successions.stream().sorted(Comparator.comparing(Succession::newCode)).forEach(s -> mapped
				.computeIfAbsent(s.oldCode(), c -> new HashMap<>())
				.computeIfAbsent(s.effectiveFrom(), d -> new ArrayList<>())
				.add(s.newCode()));
		var frozen = new HashMap<String, Map<LocalDate, List<String>>>();
		mapped.forEach((code, byDay) -> frozen.put(code, freeze(byDay)));
		this.successions = Map.copyOf(frozen);
		this.allSuccessions = List.copyOf(successions);
		this.changeDays = all.stream().map(Unit::validFrom).distinct().sorted().toList();
	}

	static UnitIndex of(Collection<Unit> units, Collection<Succession> successions) {
		return new UnitIndex(units, successions);
	}

	int size() {
		return all.size();
	}

	Optional<Unit> find(String code, LocalDate on) {
		for (Unit unit : versionsByCode.getOrDefault(code, List.of())) {
			if (unit.inForceOn(on)) {
				return Optional.of(unit);
			}
		}
		return Optional.empty();
	}

	List<Unit> versionsOf(String code) {
		return versionsByCode.getOrDefault(code, List.of());
	}

	List<Unit> unitsInForce(LocalDate on, @Nullable UnitLevel level, @Nullable String parentCode) {
		List<Unit> candidates = parentCode == null ? all : versionsByParent.getOrDefault(parentCode, List.of());
		return candidates.stream()
				.filter(u -> u.inForceOn(on))
				.filter(u -> level == null || u.level() == level)
				.toList();
	}

	boolean isWithin(String code, String ancestorCode, LocalDate on) {
		Optional<Unit> current = find(code, on);
		// levels bound the depth; the guard only protects against a corrupt cycle
		for (int depth = 0; current.isPresent() && depth < 8; depth++) {
			Unit unit = current.get();
			if (unit.code().equals(ancestorCode)) {
				return true;
			}
			current = unit.parentCode() == null ? Optional.empty() : find(unit.parentCode(), on);
		}
		return false;
	}

	List<Unit> lineage(String code, LocalDate on) {
		var chain = new ArrayList<Unit>();
		Optional<Unit> current = find(code, on);
		while (current.isPresent() && chain.size() < 8) {
			Unit unit = current.get();
			chain.add(unit);
			current = unit.parentCode() == null ? Optional.empty() : find(unit.parentCode(), on);
		}
		return List.copyOf(chain);
	}

	/** See {@link GeographyApi#codesWithin(String)} and {@link UnitDirectory#codesWithin(String)}. */
	Set<String> codesWithin(String unitCode) {
		var codes = new LinkedHashSet<String>();
		codes.add(unitCode);
		var areas = new ArrayDeque<String>();
		var seenAreas = new HashSet<String>();
		areas.add(unitCode);
		while (!areas.isEmpty()) {
			String area = areas.poll();
			if (!seenAreas.add(area)) {
				continue;
			}
			// the structure changes only on the first day of some version: looking on each such day suffices
			for (LocalDate day : changeDays) {
				if (find(area, day).isEmpty()) {
					continue;
				}
				for (Unit unit : unitsInForce(day, null, null)) {
					if (isWithin(unit.code(), area, day)) {
						codes.add(unit.code());
					}
				}
			}
			// units merged (wholly or partly) into the area or one of its units, and what lay inside them
			for (Succession succession : allSuccessions) {
				if (codes.contains(succession.newCode())
						&& isWithin(succession.newCode(), area, succession.effectiveFrom())
						&& codes.add(succession.oldCode())) {
					areas.add(succession.oldCode());
				}
			}
		}
		return Collections.unmodifiableSet(codes);
	}

	/** See {@link GeographyApi#successors(String, LocalDate, LocalDate)} and {@link UnitDirectory#successors}. */
	List<Unit> successors(String code, LocalDate on, LocalDate today) {
		Optional<Unit> start = find(code, on);
		if (start.isEmpty()) {
			return List.of();
		}
		var found = new TreeMap<String, Unit>();
		follow(start.get(), today, found, new HashSet<>());
		return List.copyOf(found.values());
	}

	private void follow(Unit version, LocalDate today, Map<String, Unit> found, Set<Unit> visited) {
		if (!visited.add(version)) {
			return;
		}
		if (version.inForceOn(today)) {
			found.put(version.code(), version);
			return;
		}
		LocalDate lastDay = version.validTo();
		if (lastDay == null || today.isBefore(version.validFrom())) {
			return; // asked about a day before the unit existed: successors only go forward
		}
		LocalDate next = lastDay.plusDays(1);
		List<String> mapped = successions.getOrDefault(version.code(), Map.of()).getOrDefault(next, List.of());
		if (!mapped.isEmpty()) {
			for (String newCode : mapped) {
				find(newCode, next).ifPresent(u -> follow(u, today, found, visited));
			}
			return;
		}
		Optional<Unit> continued = find(version.code(), next);
		if (continued.isPresent()) {
			follow(continued.get(), today, found, visited);
			return;
		}
		// ended without a mapping: a unit with subordinates became whatever its subordinates became
		// (e.g. the districts abolished on 1 July 2025); a commune dissolved without a mapping has no known successor
		for (Unit child : unitsInForce(lastDay, null, version.code())) {
			follow(child, today, found, visited);
		}
	}

	private static <K, V> Map<K, List<V>> freeze(Map<K, List<V>> map) {
		var copy = new HashMap<K, List<V>>();
		map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
		return Map.copyOf(copy);
	}
}
