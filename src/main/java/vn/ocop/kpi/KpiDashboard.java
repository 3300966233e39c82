package vn.ocop.kpi;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.certification.CertificationFacts;
import vn.ocop.criteria.CriteriaApi;
import vn.ocop.geography.GeographyApi;
import vn.ocop.geography.Unit;
import vn.ocop.identity.Role;
import vn.ocop.identity.UserManagement;
import vn.ocop.outreach.OutreachFacts;
import vn.ocop.planning.PlanTargets;
import vn.ocop.planning.TargetView;
import vn.ocop.registry.RegistryFacts;
import vn.ocop.shared.NotFoundException;

/**
 * The KPI dashboard: every {@link KpiMeasure} computed live from the records for a year, next to the targets of
 * that year's plan, with drill-down by district and commune and by product group.
 */
@Service
@Transactional(readOnly = true)
public class KpiDashboard {

	/** A line of the drill-down: a unit or a product group with its count, and the rows under it. */
	public record Row(String code, String name, BigDecimal value, List<Row> children) {
	}

	/** The drill-down of one indicator. */
	public record Drilldown(KpiResult kpi, List<Row> districts, List<Row> productGroups) {
	}

	/**
	 * One record behind a figure, named and linked.
	 *
	 * @param breakdown the breakdown key's label in the reader's language ({@code null} without one)
	 */
	public record RecordRow(CountedKind kind, String id, String name, @Nullable String detail, @Nullable String link,
			@Nullable String communeCode, @Nullable String communeName, @Nullable String productSetCode,
			@Nullable String productSetName, @Nullable LocalDate day, @Nullable String breakdown) {
	}

	/**
	 * A page of the records behind a figure, filtered as the drill-down row the reader followed (a district or
	 * commune, a product group or set, a breakdown key).
	 *
	 * @param total how many records match the filter (the figure itself without a filter)
	 * @param listed false for an indicator that is a sum or a share rather than a count of records
	 */
	public record RecordPage(KpiResult kpi, List<RecordRow> rows, int total, int page, int pages, int size,
			@Nullable String unit, @Nullable String set, @Nullable String key, @Nullable String filter, boolean listed) {
	}

	/** The API's short form of an indicator. */
	public record KpiLine(String code, String name, @Nullable BigDecimal target, @Nullable BigDecimal actual,
			String unit, boolean available) {
	}

	private static final EnumSet<Role> OFFICIALS = EnumSet.of(Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER, Role.COMMUNE_OFFICER);

	private final List<KpiMeasure> measures;
	private final List<CountedRecords> countedRecords;
	private final RegistryFacts registry;
	private final CertificationFacts certification;
	private final OutreachFacts outreach;
	private final PlanTargets plans;
	private final UserManagement users;
	private final GeographyApi geography;
	private final CriteriaApi criteria;
	private final KpiAccess access;
	private final MessageSource messages;
	private final Clock clock;

	KpiDashboard(List<KpiMeasure> measures, List<CountedRecords> countedRecords, RegistryFacts registry, CertificationFacts certification,
			OutreachFacts outreach, PlanTargets plans, UserManagement users,
			GeographyApi geography, CriteriaApi criteria, KpiAccess access, MessageSource messages, Clock clock) {
		this.measures = measures.stream().sorted(Comparator.comparingInt(KpiMeasure::order)).toList();
		this.countedRecords = List.copyOf(countedRecords);
		this.registry = registry;
		this.certification = certification;
		this.outreach = outreach;
		this.plans = plans;
		this.users = users;
		this.geography = geography;
		this.criteria = criteria;
		this.access = access;
		this.messages = messages;
		this.clock = clock;
	}

	/** Every indicator of the year: first those the plan sets a target for, in the plan's order, then the rest. */
	public List<KpiResult> kpis(int year) {
		access.requireOfficer();
		return compute(year);
	}

	/** The short form for the API: {@code [{code, name, target, actual, unit}]}. */
	public List<KpiLine> lines(int year) {
		return kpis(year).stream()
				.map(k -> new KpiLine(k.code(), k.name(), k.target(), k.actual(), k.unit(), k.available())).toList();
	}

	/** One indicator with its drill-down by district → commune and by product group → product set. */
	public Drilldown drilldown(int year, String code) {
		access.requireOfficer();
		var measure = measures.stream().filter(m -> m.code().equals(code)).findFirst()
				.orElseThrow(() -> new NotFoundException("programme.kpi.notFound", code));
		var kpi = result(measure, measure.measure(input(year, true)), targets(year));
		return new Drilldown(kpi, byDistrict(kpi.measurement().byCommune(), year), byGroup(kpi.measurement().byProductSet()));
	}

	/**
	 * The records one figure counts (issue 18: each figure drills down to the list of records it counts), newest
	 * first, optionally only those of a unit (a commune, or every commune of a district as the drill-down groups
	 * them), of a product group or set, or of a breakdown key.
	 */
	public RecordPage records(int year, String code, @Nullable String unit, @Nullable String set, @Nullable String key,
			int page, int size) {
		access.requireOfficer();
		var measure = measures.stream().filter(m -> m.code().equals(code)).findFirst()
				.orElseThrow(() -> new NotFoundException("programme.kpi.notFound", code));
		var kpi = result(measure, measure.measure(input(year, true)), targets(year));
		var counted = kpi.measurement().records();
		// sums (revenue, money disbursed) and shares (per cent trained) are not counts of records
		boolean listed = !counted.isEmpty() || kpi.actual() == null || kpi.actual().signum() == 0;
		LocalDate on = LocalDate.of(year, 12, 31);
		Map<String, Optional<Unit>> units = new java.util.HashMap<>();
		var matching = counted.stream()
				.filter(c -> blank(unit) || unit.equals(c.communeCode()) || (c.communeCode() != null
						&& units.computeIfAbsent(c.communeCode(), u -> unit(u, on)).map(Unit::parentCode)
								.filter(unit::equals).isPresent()))
				.filter(c -> blank(set) || set.equals(c.productSetCode()) || (c.productSetCode() != null
						&& criteria.productSet(c.productSetCode()).filter(s -> set.equals(s.groupCode())).isPresent()))
				.filter(c -> blank(key) || key.equals(c.breakdownKey()))
				.sorted(Comparator.comparing(Measurement.Counted::day, Comparator.nullsLast(Comparator.reverseOrder()))
						.thenComparing(Measurement.Counted::id))
				.toList();
		int pageSize = Math.max(1, Math.min(size, 200));
		int pages = Math.max(1, (matching.size() + pageSize - 1) / pageSize);
		int current = Math.max(0, Math.min(page, pages - 1));
		var shown = matching.subList(Math.min(matching.size(), current * pageSize),
				Math.min(matching.size(), (current + 1) * pageSize));
		Map<CountedKind, Map<String, CountedRecords.Line>> lines = new java.util.EnumMap<>(CountedKind.class);
		shown.stream().collect(java.util.stream.Collectors.groupingBy(Measurement.Counted::kind,
				java.util.stream.Collectors.mapping(Measurement.Counted::id, java.util.stream.Collectors.toList())))
				.forEach((kind, ids) -> lines.put(kind, countedRecords.stream().filter(r -> r.kinds().contains(kind))
						.findFirst().map(r -> r.lines(kind, ids)).orElse(Map.of())));
		Locale locale = LocaleContextHolder.getLocale();
		List<RecordRow> rows = shown.stream().map(c -> {
			var line = lines.getOrDefault(c.kind(), Map.of()).get(c.id());
			String communeName = c.communeCode() == null ? null
					: units.computeIfAbsent(c.communeCode(), u -> unit(u, on)).map(Unit::name).orElse(c.communeCode());
			String setName = c.productSetCode() == null ? null
					: criteria.productSet(c.productSetCode()).map(s -> s.name()).orElse(c.productSetCode());
			String breakdown = c.breakdownKey() == null ? null
					: messages.getMessage(c.breakdownKey(), null, c.breakdownKey(), locale);
			return new RecordRow(c.kind(), c.id(), line == null ? c.id() : line.name(), line == null ? null : line.detail(),
					line == null ? null : line.link(), c.communeCode(), communeName, c.productSetCode(), setName, c.day(),
					breakdown);
		}).toList();
		List<String> filters = new ArrayList<>();
		if (!blank(unit)) {
			filters.add(messages.getMessage("programme.page.records.filterUnit",
					new Object[] { unit(unit, on).map(Unit::name).orElse(unit) }, locale));
		}
		if (!blank(set)) {
			String name = criteria.productSet(set).map(s -> s.name())
					.orElseGet(() -> counted.stream().map(Measurement.Counted::productSetCode).filter(java.util.Objects::nonNull)
							.map(criteria::productSet).flatMap(Optional::stream).filter(s -> set.equals(s.groupCode()))
							.map(s -> s.groupName()).findFirst().orElse(set));
			filters.add(messages.getMessage("programme.page.records.filterSet", new Object[] { name }, locale));
		}
		if (!blank(key)) {
			filters.add(messages.getMessage("programme.page.records.filterKey",
					new Object[] { messages.getMessage(key, null, key, locale) }, locale));
		}
		return new RecordPage(kpi, rows, matching.size(), current, pages, pageSize, blank(unit) ? null : unit,
				blank(set) ? null : set, blank(key) ? null : key, filters.isEmpty() ? null : String.join(" · ", filters),
				listed);
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	/** Every indicator of the year with its drill-down, computed from one read of the records (for exports). */
	public List<Drilldown> report(int year) {
		access.requireOfficer();
		var input = input(year, true);
		var targets = targets(year);
		return sorted(measures.stream().map(m -> result(m, m.measure(input), targets)).toList(), targets).stream()
				.map(k -> new Drilldown(k, byDistrict(k.measurement().byCommune(), year),
						byGroup(k.measurement().byProductSet())))
				.toList();
	}

	/** The codes of every measure, in dashboard order. */
	public List<String> measureCodes() {
		return measures.stream().map(KpiMeasure::code).toList();
	}

	List<KpiResult> compute(int year) {
		var input = input(year, false);
		var targets = targets(year);
		List<KpiResult> results = new ArrayList<>();
		for (var measure : measures) {
			results.add(result(measure, measure.measure(input), targets));
		}
		return sorted(results, targets);
	}

	private static List<KpiResult> sorted(List<KpiResult> unsorted, Map<String, TargetView> targets) {
		List<KpiResult> results = new ArrayList<>(unsorted);
		List<String> planOrder = new ArrayList<>(targets.keySet());
		results.sort(Comparator.comparingInt(r -> {
			int i = planOrder.indexOf(r.code());
			return i < 0 ? 1000 : i;
		}));
		return results;
	}

	private Map<String, TargetView> targets(int year) {
		Map<String, TargetView> targets = new LinkedHashMap<>();
		plans.of(year).stream().filter(t -> t.measure() != null)
				.forEach(t -> targets.putIfAbsent(t.measure(), t));
		return targets;
	}

	private KpiResult result(KpiMeasure measure, Measurement measurement, Map<String, TargetView> targets) {
		Locale locale = LocaleContextHolder.getLocale();
		TargetView target = targets.get(measure.code());
		return new KpiResult(measure.code(), messages.getMessage(measure.nameCode(), null, measure.code(), locale),
				messages.getMessage(measure.ruleCode(), null, "", locale),
				messages.getMessage(measure.unitCode(), null, "", locale), target == null ? null : target.amount(),
				target == null ? null : target.label(), measurement);
	}

	KpiInput input(int year, boolean detailed) {
		LocalDate today = LocalDate.now(clock);
		return new KpiInput(year, today, detailed, registry::allProducts, registry::producers,
				certification::certificates,
				() -> outreach.completions(year).stream().map(c -> new KpiInput.Completion(c.username(), c.producerId(),
						c.communeCode(), c.completedOn())).toList(),
				() -> users.all().stream().filter(u -> u.enabled() && u.roles().stream().anyMatch(OFFICIALS::contains))
						.map(u -> new KpiInput.Official(u.username(), u.unitCode())).toList(),
				() -> outreach.outlets(), () -> outreach.pilots(year));
	}

	private List<Row> byDistrict(Map<String, BigDecimal> byCommune, int year) {
		LocalDate on = LocalDate.of(year, 12, 31);
		Map<String, List<Row>> communes = new LinkedHashMap<>();
		Map<String, String> districtNames = new LinkedHashMap<>();
		byCommune.forEach((code, value) -> {
			Unit unit = unit(code, on).orElse(null);
			String districtCode;
			String communeName = unit == null ? code : unit.name();
			if (unit == null) {
				districtCode = "?";
			}
			else if (unit.level() == vn.ocop.geography.UnitLevel.COMMUNE && unit.parentCode() != null) {
				districtCode = unit.parentCode();
			}
			else {
				districtCode = unit.code();
			}
			districtNames.computeIfAbsent(districtCode, d -> "?".equals(d) ? "—" : unit(d, on).map(Unit::name).orElse(d));
			communes.computeIfAbsent(districtCode, d -> new ArrayList<>()).add(new Row(code, communeName, value, List.of()));
		});
		List<Row> rows = new ArrayList<>();
		communes.forEach((district, children) -> {
			BigDecimal sum = children.stream().map(Row::value).reduce(BigDecimal.ZERO, BigDecimal::add);
			rows.add(new Row(district, districtNames.get(district), sum,
					children.stream().sorted(Comparator.comparing(Row::value).reversed()).toList()));
		});
		rows.sort(Comparator.comparing(Row::value).reversed().thenComparing(Row::name));
		return rows;
	}

	private Optional<Unit> unit(String code, LocalDate on) {
		var found = geography.find(code, on);
		if (found.isPresent()) {
			return found;
		}
		// outside the recorded periods: the nearest version (the oldest for a day before them)
		var versions = geography.versionsOf(code);
		if (versions.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(on.isBefore(versions.get(0).validFrom()) ? versions.get(0) : versions.get(versions.size() - 1));
	}

	private List<Row> byGroup(Map<String, BigDecimal> byProductSet) {
		Map<String, List<Row>> sets = new LinkedHashMap<>();
		Map<String, String> groupNames = new LinkedHashMap<>();
		byProductSet.forEach((code, value) -> {
			var set = criteria.productSet(code).orElse(null);
			String group = set == null ? "?" : set.groupCode();
			groupNames.putIfAbsent(group, set == null ? "—" : set.groupName());
			sets.computeIfAbsent(group, g -> new ArrayList<>())
					.add(new Row(code, set == null ? code : set.name(), value, List.of()));
		});
		List<Row> rows = new ArrayList<>();
		sets.forEach((group, children) -> rows.add(new Row(group, groupNames.get(group),
				children.stream().map(Row::value).reduce(BigDecimal.ZERO, BigDecimal::add),
				children.stream().sorted(Comparator.comparing(Row::value).reversed()).toList())));
		rows.sort(Comparator.comparing(Row::value).reversed().thenComparing(Row::name));
		return rows;
	}
}
