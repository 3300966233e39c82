package vn.ocop.programme;

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

	/** The API's short form of an indicator. */
	public record KpiLine(String code, String name, @Nullable BigDecimal target, @Nullable BigDecimal actual,
			String unit, boolean available) {
	}

	private static final EnumSet<Role> OFFICIALS = EnumSet.of(Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER, Role.COMMUNE_OFFICER);

	private final List<KpiMeasure> measures;
	private final RegistryFacts registry;
	private final CertificationFacts certification;
	private final Trainings trainings;
	private final Outlets outlets;
	private final Pilots pilots;
	private final Plans plans;
	private final UserManagement users;
	private final GeographyApi geography;
	private final CriteriaApi criteria;
	private final ProgrammeAccess access;
	private final MessageSource messages;
	private final Clock clock;

	KpiDashboard(List<KpiMeasure> measures, RegistryFacts registry, CertificationFacts certification,
			Trainings trainings, Outlets outlets, Pilots pilots, Plans plans, UserManagement users,
			GeographyApi geography, CriteriaApi criteria, ProgrammeAccess access, MessageSource messages, Clock clock) {
		this.measures = measures.stream().sorted(Comparator.comparingInt(KpiMeasure::order)).toList();
		this.registry = registry;
		this.certification = certification;
		this.trainings = trainings;
		this.outlets = outlets;
		this.pilots = pilots;
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
		plans.targetsOf(year).stream().map(PlanTarget::toView).filter(t -> t.measure() != null)
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
				() -> trainings.completions(year).stream().map(r -> new KpiInput.Completion((String) r[0],
						(java.util.UUID) r[1], (String) r[2], (LocalDate) r[3])).toList(),
				() -> users.all().stream().filter(u -> u.enabled() && u.roles().stream().anyMatch(OFFICIALS::contains))
						.map(u -> new KpiInput.Official(u.username(), u.unitCode())).toList(),
				() -> outlets.findAllWithProductsBy().stream().map(Outlet::toView).toList(),
				() -> pilots.findWithProductsByYear(year).stream().map(Pilot::toView).toList());
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
