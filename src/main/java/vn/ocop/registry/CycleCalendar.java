package vn.ocop.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.criteria.CriteriaApi;
import vn.ocop.geography.GeographyApi;
import vn.ocop.geography.Unit;
import vn.ocop.geography.UnitLevel;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;
import vn.ocop.geography.UnitAt;

/** The annual cycles (opened, scheduled, closed by the provincial office) and each cycle's funnel. */
@Service
@Transactional
class CycleCalendar {

	private final Cycles cycles;
	private final Products products;
	private final RegistryScope scope;
	private final RegistryAccess access;
	private final GeographyApi geography;
	private final CriteriaApi criteria;
	private final Clock clock;

	CycleCalendar(Cycles cycles, Products products, RegistryScope scope, RegistryAccess access, GeographyApi geography,
			CriteriaApi criteria, Clock clock) {
		this.cycles = cycles;
		this.products = products;
		this.scope = scope;
		this.access = access;
		this.geography = geography;
		this.criteria = criteria;
		this.clock = clock;
	}

	CycleView open(int year, String regulationCode, @Nullable List<PhaseSchedule> phases) {
		CurrentUser user = access.user();
		if (!user.has(Role.PROVINCE_ADMIN)) {
			throw new AccessDeniedException("Only the provincial office opens cycles");
		}
		if (criteria.regulation(regulationCode).isEmpty()) {
			throw BusinessRuleException.unprocessable("criteria.regulation.unknown", regulationCode);
		}
		if (cycles.existsById(year)) {
			throw BusinessRuleException.conflict("registry.cycle.exists", year);
		}
		var cycle = new Cycle(year, regulationCode, phases == null || phases.isEmpty() ? Cycle.defaultSchedule(year) : phases,
				clock.instant(), user.username());
		return cycles.save(cycle).toView(today());
	}

	CycleView reschedule(int year, List<PhaseSchedule> phases) {
		requireProvinceAdmin();
		var cycle = load(year);
		cycle.schedule(phases);
		return cycle.toView(today());
	}

	CycleView close(int year) {
		requireProvinceAdmin();
		var cycle = load(year);
		cycle.close();
		return cycle.toView(today());
	}

	CycleView reopen(int year) {
		requireProvinceAdmin();
		var cycle = load(year);
		cycle.reopen();
		return cycle.toView(today());
	}

	@Transactional(readOnly = true)
	List<CycleView> all() {
		return cycles.findAllByOrderByYearDesc().stream().map(c -> c.toView(today())).toList();
	}

	@Transactional(readOnly = true)
	CycleView cycle(int year) {
		return load(year).toView(today());
	}

	@Transactional(readOnly = true)
	Optional<CycleView> latestOpen() {
		return cycles.findFirstByStatusOrderByYearDesc(CycleStatus.OPEN).map(c -> c.toView(today()));
	}

	/** The cycle a product idea is registered in: the year asked for, or the latest open one; 409 if closed. */
	Cycle openForRegistration(@Nullable Integer year) {
		Cycle cycle = year == null
				? cycles.findFirstByStatusOrderByYearDesc(CycleStatus.OPEN)
						.orElseThrow(() -> BusinessRuleException.unprocessable("registry.cycle.noneOpen"))
				: cycles.findById(year).orElseThrow(() -> BusinessRuleException.unprocessable("registry.cycle.unknown", year));
		if (cycle.getStatus() != CycleStatus.OPEN) {
			throw BusinessRuleException.conflict("registry.cycle.closed", cycle.getYear());
		}
		return cycle;
	}

	@Transactional(readOnly = true)
	Funnel funnel(int year) {
		load(year);
		CurrentUser user = access.user();
		List<Product> visible = products.findAll(scope.visibleProducts(user)
				.and((root, query, cb) -> cb.equal(root.get("cycleYear"), year)));
		Map<String, long[]> counts = new LinkedHashMap<>();
		Map<String, String> names = new HashMap<>();
		for (Product product : visible) {
			Unit group = reportingUnit(product.getUnitAt());
			String code = group == null ? product.getCommuneCode() : group.code();
			names.putIfAbsent(code, group == null ? code : group.name());
			long[] row = counts.computeIfAbsent(code, c -> new long[5]);
			for (int stage = 0; stage <= product.getReachedStage() && stage < 5; stage++) {
				row[stage]++;
			}
		}
		long[] total = new long[5];
		List<Funnel.Row> rows = new ArrayList<>();
		counts.forEach((code, c) -> {
			rows.add(new Funnel.Row(code, names.get(code), c[0], c[1], c[2], c[3], c[4]));
			for (int i = 0; i < 5; i++) {
				total[i] += c[i];
			}
		});
		rows.sort(Comparator.comparing(Funnel.Row::unitCode));
		return new Funnel(year, rows, new Funnel.Row("", "", total[0], total[1], total[2], total[3], total[4]));
	}

	/** The district-level unit the commune lay in on the day, or the commune itself directly under the province. */
	private @Nullable Unit reportingUnit(UnitAt commune) {
		List<Unit> lineage = geography.lineage(commune);
		return lineage.stream().filter(u -> u.level() == UnitLevel.DISTRICT).findFirst()
				.orElse(lineage.isEmpty() ? null : lineage.get(0));
	}

	private void requireProvinceAdmin() {
		if (!access.user().has(Role.PROVINCE_ADMIN)) {
			throw new AccessDeniedException("Only the provincial office manages cycles");
		}
	}

	private Cycle load(int year) {
		return cycles.findById(year).orElseThrow(() -> new NotFoundException("registry.cycle.notFound", year));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
