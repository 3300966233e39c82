package vn.ocop.workspace.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.ocop.geography.GeographyApi;
import vn.ocop.geography.Unit;
import vn.ocop.geography.UnitLevel;
import vn.ocop.identity.AccessScope;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.identity.UserManagement;

/**
 * The dashboard each user lands on after signing in, with what fits their role and unit.
 */
@Controller
class DashboardController {

	/** The last day of the district level in Hà Tĩnh; units of a district officer are looked up on it if needed. */
	private final AccessScope scope;
	private final GeographyApi geography;
	private final UserManagement users;
	private final vn.ocop.registry.RegistryManagement registry;
	private final vn.ocop.evaluation.EvaluationManagement evaluation;
	private final vn.ocop.workspace.WorkList workList;
	private final Clock clock;

	DashboardController(AccessScope scope, GeographyApi geography, UserManagement users,
			vn.ocop.registry.RegistryManagement registry, vn.ocop.evaluation.EvaluationManagement evaluation,
			vn.ocop.workspace.WorkList workList, Clock clock) {
		this.workList = workList;
		this.registry = registry;
		this.evaluation = evaluation;
		this.scope = scope;
		this.geography = geography;
		this.users = users;
		this.clock = clock;
	}

	/** The work list alone, for htmx to refresh it in place (after an action in another tab, or every minute). */
	@GetMapping("/dashboard/work-items")
	String workItems(Model model, java.util.Locale locale) {
		scope.requireCurrentUser();
		model.addAttribute("workItems", workList.entries(locale));
		return "workspace/work-items :: list";
	}

	@GetMapping("/dashboard")
	String dashboard(Model model, java.util.Locale locale) {
		CurrentUser user = scope.requireCurrentUser();
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("user", user);
		model.addAttribute("today", today);
		model.addAttribute("workItems", workList.entries(locale));

		// the unit as it is today, or as it last was if it no longer exists (e.g. a district before July 2025)
		var versions = geography.versionsOf(user.unitCode());
		Unit unit = geography.find(user.unitCode(), today)
				.orElse(versions.isEmpty() ? null : versions.get(versions.size() - 1));
		model.addAttribute("unit", unit);
		if (unit != null) {
			LocalDate asOf = unit.validTo() == null ? today : unit.validTo();
			List<Unit> lineage = geography.lineage(unit.code(), asOf);
			model.addAttribute("lineage", lineage);
			model.addAttribute("unitAsOf", asOf);
			model.addAttribute("childUnits", geography.unitsInForce(asOf, null, unit.code()));
			if (unit.level() == UnitLevel.DISTRICT || unit.level() == UnitLevel.PROVINCE) {
				model.addAttribute("successors", unit.validTo() == null ? List.of() : geography.successors(unit.code(), asOf, today));
			}
		}
		if (user.has(Role.PROVINCE_ADMIN) || user.has(Role.DISTRICT_OFFICER) || user.has(Role.COMMUNE_OFFICER)) {
			var visible = users.searchVisibleTo(user, null, null, PageRequest.of(0, 5));
			model.addAttribute("visibleUsers", visible);
		}
		if (user.has(Role.PROVINCE_ADMIN)) {
			model.addAttribute("accountCount", users.count());
			// the office's own province (the country's units are loaded too, for addresses)
			model.addAttribute("districtsToday", geography.unitsInForce(today, UnitLevel.DISTRICT, user.unitCode()).size());
			model.addAttribute("communesToday", geography.unitsInForce(today, UnitLevel.COMMUNE, user.unitCode()).size());
		}
		boolean officer = user.has(Role.PROVINCE_ADMIN) || user.has(Role.DISTRICT_OFFICER) || user.has(Role.COMMUNE_OFFICER);
		var cycle = registry.latestOpenCycle();
		model.addAttribute("cycle", cycle.orElse(null));
		if (cycle.isPresent() && officer) {
			int year = cycle.get().year();
			model.addAttribute("funnel", registry.funnel(year).total());
			// no dead ends (issue 14): products that no council could score yet for lack of a scorecard
			model.addAttribute("withoutScorecard", registry.productsWithoutScorecard(100));
			model.addAttribute("pendingSelection", registry.products(new vn.ocop.registry.ProductFilter(null,
					vn.ocop.registry.ProductStatus.IDEA_REGISTERED, year, null, null, null, null), PageRequest.of(0, 5)));
			cycle.get().phases().stream().filter(p -> p.phase() == vn.ocop.registry.CyclePhase.SELECTION).findFirst()
					.ifPresent(p -> model.addAttribute("selectionDaysLeft",
							java.time.temporal.ChronoUnit.DAYS.between(today, p.deadline())));
		}
		if (user.has(Role.PRODUCER)) {
			model.addAttribute("myProducts", registry.products(vn.ocop.registry.ProductFilter.none(), PageRequest.of(0, 10)));
		}
		if (user.has(Role.COUNCIL_MEMBER) || user.has(Role.PROVINCE_ADMIN)) {
			model.addAttribute("openSessions", evaluation.evaluations().stream()
					.filter(e -> e.status() == vn.ocop.evaluation.EvaluationStatus.OPEN).limit(5).toList());
		}
		return "workspace/dashboard";
	}
}
