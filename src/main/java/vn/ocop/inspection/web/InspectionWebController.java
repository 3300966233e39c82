package vn.ocop.inspection.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ocop.inspection.CheckResult;
import vn.ocop.inspection.CheckView;
import vn.ocop.inspection.ChecklistItem;
import vn.ocop.inspection.ComplaintManagement;
import vn.ocop.inspection.ComplaintStatus;
import vn.ocop.inspection.InspectionManagement;
import vn.ocop.inspection.InspectionPlanning;
import vn.ocop.inspection.SanctionDecisions;
import vn.ocop.inspection.InspectionStatus;
import vn.ocop.inspection.InspectionView;
import vn.ocop.inspection.InspectionExports;
import vn.ocop.inspection.NewFinding;
import vn.ocop.inspection.NewInspection;
import vn.ocop.inspection.NewPlan;
import vn.ocop.inspection.NewPlanItem;
import vn.ocop.inspection.Sanction;
import vn.ocop.inspection.SanctionDecision;
import vn.ocop.registry.ProductFilter;
import vn.ocop.registry.ProductStatus;
import vn.ocop.registry.ProductSummary;
import vn.ocop.registry.RegistryManagement;
import vn.ocop.shared.web.NavigationItem;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;
import vn.ocop.shared.document.CheckedUpload;

/**
 * The inspection screens: plans (draft, lines, submission, approval), inspections (open, checklist, findings with
 * photos, conclusion, the office's sanction decisions) and the complaints queue from which an inspection is opened.
 */
@Controller
class InspectionWebController {

	private final InspectionManagement inspections;
	private final InspectionPlanning planning;
	private final SanctionDecisions sanctions;
	private final ComplaintManagement complaints;
	private final RegistryManagement registry;
	private final InspectionExports exports;
	private final MessageSource messages;
	private final Clock clock;

	InspectionWebController(InspectionManagement inspections, InspectionPlanning planning,
			SanctionDecisions sanctions, ComplaintManagement complaints, RegistryManagement registry,
			InspectionExports exports, MessageSource messages, Clock clock) {
		this.inspections = inspections;
		this.planning = planning;
		this.sanctions = sanctions;
		this.complaints = complaints;
		this.registry = registry;
		this.exports = exports;
		this.messages = messages;
		this.clock = clock;
	}

	@org.springframework.web.bind.annotation.ModelAttribute("zone")
	java.time.ZoneId zone() {
		return clock.getZone();
	}

	@GetMapping("/monitoring/inspections")
	String index(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable InspectionStatus status, Model model) {
		int shown = year == null ? LocalDate.now(clock).getYear() : year;
		model.addAttribute("year", shown);
		model.addAttribute("status", status);
		model.addAttribute("statuses", InspectionStatus.values());
		model.addAttribute("inspections", inspections.inspections(shown, status));
		model.addAttribute("plans", planning.plans());
		boolean office = isOffice();
		model.addAttribute("office", office);
		if (office) {
			model.addAttribute("awaiting", inspections.awaitingDecision());
			model.addAttribute("inspectors", inspections.inspectorAccounts());
			model.addAttribute("products", certifiedProducts());
			model.addAttribute("checklist", ChecklistItem.values());
		}
		// an inspector may start an unplanned inspection of their own in the field (issue 16)
		boolean inspector = !office && hasRole("ROLE_INSPECTOR");
		model.addAttribute("selfInspector", inspector);
		if (inspector) {
			model.addAttribute("products", certifiedProducts());
		}
		return "monitoring/inspections/index";
	}

	@GetMapping("/monitoring/inspections/export.xlsx")
	ResponseEntity<byte[]> export(@RequestParam(required = false) @Nullable Integer year) {
		return InspectionPages.xlsx(exports.inspections(year), "kiem-tra" + (year == null ? "" : "-" + year) + ".xlsx");
	}

	// ---------------------------------------------------------------- plans

	@PostMapping("/monitoring/inspections/plans")
	String createPlan(@RequestParam(defaultValue = "0") int year, @RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String agencies,
			@RequestParam(required = false) @Nullable Set<ChecklistItem> checklist,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		try {
			var plan = planning.createPlan(new NewPlan(year, title == null ? "" : title, agencies, checklist, note));
			return "redirect:/monitoring/inspections/plans/" + plan.id();
		}
		catch (BusinessRuleException e) {
			failed(redirect, e);
			return "redirect:/monitoring/inspections";
		}
	}

	@GetMapping("/monitoring/inspections/plans/{id}")
	String plan(@PathVariable UUID id, Model model) {
		model.addAttribute("plan", planning.plan(id));
		boolean office = isOffice();
		model.addAttribute("office", office);
		if (office) {
			model.addAttribute("products", certifiedProducts());
			model.addAttribute("inspectors", inspections.inspectorAccounts());
		}
		model.addAttribute("today", LocalDate.now(clock));
		return "monitoring/inspections/plan";
	}

	@GetMapping("/monitoring/inspections/plans/{id}/export.xlsx")
	ResponseEntity<byte[]> exportPlan(@PathVariable UUID id) {
		return InspectionPages.xlsx(exports.plan(id), "ke-hoach-kiem-tra-" + planning.plan(id).year() + ".xlsx");
	}

	@PostMapping("/monitoring/inspections/plans/{id}/items")
	String addItem(@PathVariable UUID id, @RequestParam(required = false) @Nullable String product,
			@RequestParam(defaultValue = "0") int month, @RequestParam(required = false) @Nullable String agencies,
			RedirectAttributes redirect) {
		try {
			UUID[] ids = productChoice(product);
			planning.addPlanItem(id, new NewPlanItem(ids[0], ids[1], month, agencies));
		}
		catch (BusinessRuleException | NotFoundException e) {
			failed(redirect, e);
		}
		return "redirect:/monitoring/inspections/plans/" + id;
	}

	@PostMapping("/monitoring/inspections/plans/{id}/items/{itemId}/removal")
	String removeItem(@PathVariable UUID id, @PathVariable UUID itemId, RedirectAttributes redirect) {
		try {
			planning.removePlanItem(id, itemId);
		}
		catch (BusinessRuleException e) {
			failed(redirect, e);
		}
		return "redirect:/monitoring/inspections/plans/" + id;
	}

	@PostMapping("/monitoring/inspections/plans/{id}/submission")
	String submitPlan(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			planning.submitPlan(id);
			flash(redirect, "monitoring.flash.planSubmitted");
		}
		catch (BusinessRuleException e) {
			failed(redirect, e);
		}
		return "redirect:/monitoring/inspections/plans/" + id;
	}

	@PostMapping("/monitoring/inspections/plans/{id}/decision")
	String decidePlan(@PathVariable UUID id, @RequestParam boolean approve,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		try {
			planning.decidePlan(id, approve, note);
			flash(redirect, approve ? "monitoring.flash.planApproved" : "monitoring.flash.planReturned");
		}
		catch (BusinessRuleException e) {
			failed(redirect, e);
		}
		return "redirect:/monitoring/inspections/plans/" + id;
	}

	// ---------------------------------------------------------------- inspections

	@PostMapping("/monitoring/inspections")
	String open(@RequestParam(required = false) @Nullable UUID planItemId,
			@RequestParam(required = false) @Nullable String product,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate scheduledOn,
			@RequestParam(required = false) @Nullable String inspector,
			@RequestParam(required = false) @Nullable String agencies, RedirectAttributes redirect) {
		try {
			UUID[] ids = planItemId == null ? productChoice(product) : new UUID[] { null, null };
			if (scheduledOn == null) {
				throw BusinessRuleException.unprocessable("monitoring.field.required", "scheduledOn");
			}
			var inspection = inspections.open(new NewInspection(planItemId, ids[0], ids[1], null, scheduledOn,
					inspector == null ? "" : inspector, agencies));
			return "redirect:/monitoring/inspections/" + inspection.id();
		}
		catch (BusinessRuleException | NotFoundException e) {
			failed(redirect, e);
			return "redirect:/monitoring/inspections";
		}
	}

	@GetMapping("/monitoring/inspections/{id}")
	String inspection(@PathVariable UUID id, Model model) {
		InspectionView inspection = inspections.inspection(id);
		model.addAttribute("inspection", inspection);
		model.addAttribute("mayConduct", inspections.mayConduct(id));
		model.addAttribute("office", isOffice());
		model.addAttribute("results", CheckResult.values());
		model.addAttribute("items", ChecklistItem.values());
		model.addAttribute("sanctions", Sanction.values());
		model.addAttribute("today", LocalDate.now(clock));
		return "monitoring/inspections/inspection";
	}

	@PostMapping("/monitoring/inspections/{id}/checklist")
	String checklist(@PathVariable UUID id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		List<CheckView> outcomes = new ArrayList<>();
		for (ChecklistItem item : ChecklistItem.values()) {
			String result = form.get("result-" + item);
			if (result != null && !result.isBlank()) {
				outcomes.add(new CheckView(item, CheckResult.valueOf(result), form.get("note-" + item)));
			}
		}
		try {
			inspections.recordChecks(id, outcomes);
			flash(redirect, "monitoring.flash.checksRecorded", outcomes.size());
		}
		catch (BusinessRuleException | IllegalArgumentException e) {
			failed(redirect, e);
		}
		return "redirect:/monitoring/inspections/" + id;
	}

	@PostMapping("/monitoring/inspections/{id}/findings")
	String finding(@PathVariable UUID id, @RequestParam(required = false) @Nullable ChecklistItem item,
			@RequestParam(required = false) @Nullable String description,
			@RequestParam(required = false) @Nullable Sanction sanction,
			@RequestParam(required = false) @Nullable Integer starsDown,
			@RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> photos,
			RedirectAttributes redirect) throws IOException {
		try {
			var finding = inspections.addFinding(id, new NewFinding(item, description == null ? "" : description,
					sanction, starsDown));
			if (photos != null) {
				for (MultipartFile photo : photos) {
					if (!photo.isEmpty()) {
						inspections.addPhoto(id, finding.id(), photo.getBytes());
					}
				}
			}
			flash(redirect, "monitoring.flash.findingRecorded");
		}
		catch (BusinessRuleException e) {
			failed(redirect, e);
		}
		return "redirect:/monitoring/inspections/" + id;
	}

	@GetMapping("/monitoring/inspections/{id}/findings/{findingId}/photos/{index}")
	ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable UUID findingId, @PathVariable int index) {
		byte[] bytes = inspections.photo(id, findingId, index);
		return ResponseEntity.ok().cacheControl(CacheControl.noCache().cachePrivate())
				.contentType(MediaType.parseMediaType(CheckedUpload.detect(bytes))).body(bytes);
	}

	@PostMapping("/monitoring/inspections/{id}/conclusion")
	String conclude(@PathVariable UUID id, @RequestParam(required = false) @Nullable String conclusion,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inspectedOn,
			RedirectAttributes redirect) {
		try {
			inspections.conclude(id, conclusion, inspectedOn);
			flash(redirect, "monitoring.flash.concluded");
		}
		catch (BusinessRuleException e) {
			failed(redirect, e);
		}
		return "redirect:/monitoring/inspections/" + id;
	}

	@PostMapping("/monitoring/inspections/{id}/findings/{findingId}/decision")
	String decide(@PathVariable UUID id, @PathVariable UUID findingId, @RequestParam boolean follow,
			@RequestParam(required = false) @Nullable String decisionNumber,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
			@RequestParam(required = false) @Nullable String signer,
			@RequestParam(required = false) @Nullable String legalBasis,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		try {
			sanctions.decide(findingId, new SanctionDecision(follow, decisionNumber, decisionDate, signer, legalBasis, note));
			flash(redirect, follow ? "monitoring.flash.sanctionDecided" : "monitoring.flash.sanctionDismissed");
		}
		catch (BusinessRuleException | NotFoundException e) {
			failed(redirect, e);
		}
		return "redirect:/monitoring/inspections/" + id;
	}

	// ---------------------------------------------------------------- helpers

	/** Certified (or expired) products to pick from, each as "producerId:productId". */
	private List<ProductSummary> certifiedProducts() {
		List<ProductSummary> list = new ArrayList<>(registry.allProducts(
				new ProductFilter(null, ProductStatus.CERTIFIED, null, null, null, null, null), 2000));
		list.sort(java.util.Comparator.comparing(ProductSummary::producerName).thenComparing(ProductSummary::name));
		return list;
	}

	private static UUID[] productChoice(@Nullable String value) {
		if (value == null || value.isBlank() || !value.contains(":")) {
			throw BusinessRuleException.unprocessable("monitoring.field.required", "product");
		}
		String[] parts = value.split(":", 2);
		try {
			return new UUID[] { UUID.fromString(parts[0]), parts[1].isBlank() ? null : UUID.fromString(parts[1]) };
		}
		catch (IllegalArgumentException e) {
			throw BusinessRuleException.unprocessable("monitoring.field.required", "product");
		}
	}

	private static boolean isOffice() {
		return InspectionPages.isOffice();
	}

	private static boolean hasRole(String authority) {
		var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities().stream()
				.anyMatch(a -> authority.equals(a.getAuthority()));
	}

	private void flash(RedirectAttributes redirect, String code, Object... arguments) {
		InspectionPages.flash(redirect, messages, code, arguments);
	}

	private void failed(RedirectAttributes redirect, RuntimeException e) {
		InspectionPages.failed(redirect, messages, e);
	}

	static Set<ChecklistItem> all() {
		return EnumSet.allOf(ChecklistItem.class);
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem monitoringInspectionsNav() {
			return NavigationItem.of("nav.monitoring.inspections", "/monitoring/inspections", 51, "PROVINCE_ADMIN",
					"INSPECTOR", "DISTRICT_OFFICER", "COMMUNE_OFFICER");
		}
	}
}
