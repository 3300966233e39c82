package vn.ocop.inspection.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import vn.ocop.inspection.CheckResult;
import vn.ocop.inspection.ChecklistItem;
import vn.ocop.inspection.InspectionManagement;
import vn.ocop.inspection.InspectionPlanning;
import vn.ocop.inspection.InspectionStatus;
import vn.ocop.inspection.InspectionView;
import vn.ocop.inspection.Sanction;
import vn.ocop.registry.ProductFilter;
import vn.ocop.registry.ProductStatus;
import vn.ocop.registry.ProductSummary;
import vn.ocop.registry.RegistryManagement;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.BusinessRuleException.FieldProblem;
import vn.ocop.shared.NotFoundException;
import vn.ocop.shared.web.FormFields;

/**
 * What the inspection screens share: the form fields of the monitoring bundle (each form bound and checked, every
 * error beside its field) and the three pages a form is shown again on with its errors: the inspections, a plan
 * and an inspection.
 */
@Component
class InspectionScreens extends FormFields {

	/** The fields the inspection records' own rules are about (the forms name their fields alike). */
	static final Map<String, String> RULE_FIELDS = Map.ofEntries(Map.entry("monitoring.plan.year", "year"),
			Map.entry("monitoring.plan.exists", "year"), Map.entry("monitoring.plan.month", "month"),
			Map.entry("monitoring.plan.reasonRequired", "note"),
			Map.entry("monitoring.producer.notFound", "product"), Map.entry("monitoring.product.notFound", "product"),
			Map.entry("monitoring.product.otherProducer", "product"),
			Map.entry("monitoring.certificate.otherProduct", "product"),
			Map.entry("monitoring.inspection.unknownInspector", "inspector"),
			Map.entry("monitoring.inspection.notInspector", "inspector"),
			Map.entry("monitoring.inspection.futureDate", "inspectedOn"),
			Map.entry("monitoring.finding.starsDown", "starsDown"), Map.entry("monitoring.photo.empty", "photos"),
			Map.entry("monitoring.photo.tooLarge", "photos"), Map.entry("monitoring.photo.type", "photos"),
			Map.entry("monitoring.photo.tooMany", "photos"), Map.entry("monitoring.sanction.noteRequired", "note"),
			Map.entry("monitoring.sanction.belowThreeStars", "note"));

	/** Rules that name the field they are about as their first argument ({@code monitoring.field.required}, …). */
	private static final List<String> NAMED_FIELD_RULES = List.of("monitoring.field.required",
			"monitoring.field.tooLong");

	private final InspectionManagement inspections;
	private final InspectionPlanning planning;
	private final RegistryManagement registry;
	private final Clock clock;

	InspectionScreens(MessageSource messages, InspectionManagement inspections, InspectionPlanning planning,
			RegistryManagement registry, Clock clock) {
		super(messages, "monitoring");
		this.inspections = inspections;
		this.planning = planning;
		this.registry = registry;
		this.clock = clock;
	}

	/**
	 * Runs a change for a bound form (see {@link FormFields#attempt(BindingResult, RedirectAttributes, String,
	 * Supplier, Map)}): a record not found and a rule naming one of the form's fields are shown beside that field.
	 */
	boolean submit(BindingResult binding, RedirectAttributes redirect, String successCode, Supplier<?> change) {
		return submit(binding, redirect, successCode, change, Map.of());
	}

	/** The same, with the fields of rules this form names differently ({@code ruleFields}: code to field). */
	boolean submit(BindingResult binding, RedirectAttributes redirect, String successCode, Supplier<?> change,
			Map<String, String> ruleFields) {
		var form = binding.getTarget() == null ? null : new BeanWrapperImpl(binding.getTarget());
		Map<String, String> fields = new HashMap<>(RULE_FIELDS);
		fields.putAll(ruleFields);
		fields.values().removeIf(field -> form == null || !form.isReadableProperty(field));
		return attempt(binding, redirect, successCode, () -> {
			try {
				return change.get();
			}
			catch (NotFoundException e) {
				throw BusinessRuleException.unprocessable(e.messageCode(), e.arguments());
			}
			catch (BusinessRuleException e) {
				if (e.fieldProblems().isEmpty() && NAMED_FIELD_RULES.contains(e.messageCode())
						&& e.arguments().length > 0 && e.arguments()[0] instanceof String field && form != null
						&& form.isReadableProperty(field)) {
					throw BusinessRuleException.invalidFields(List.of(new FieldProblem(field, e.messageCode(), e.arguments())));
				}
				throw e;
			}
		}, fields);
	}

	/** The same for a change whose success is the page it leads to, with no message. */
	boolean submit(BindingResult binding, Supplier<?> change) {
		return submit(binding, new RedirectAttributesModelMap(), "", change);
	}

	/**
	 * A product picked as "producerId:productId" (the product part may be empty); a blank or malformed choice is
	 * an error beside the {@code product} field.
	 */
	static UUID[] productChoice(@Nullable String value) {
		if (value == null || value.isBlank()) {
			throw BusinessRuleException.invalidFields(List.of(new FieldProblem("product", "NotBlank")));
		}
		String[] parts = value.split(":", 2);
		try {
			if (parts.length < 2) {
				throw new IllegalArgumentException(value);
			}
			return new UUID[] { UUID.fromString(parts[0]), parts[1].isBlank() ? null : UUID.fromString(parts[1]) };
		}
		catch (IllegalArgumentException e) {
			throw BusinessRuleException.invalidFields(List.of(new FieldProblem("product", "typeMismatch")));
		}
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/** Inspections of a year (this year when none), the plans, and for the office what it decides and opens. */
	String index(@Nullable Integer year, @Nullable InspectionStatus status, Model model) {
		int shown = year == null ? today().getYear() : year;
		model.addAttribute("year", shown);
		model.addAttribute("status", status);
		model.addAttribute("statuses", InspectionStatus.values());
		model.addAttribute("inspections", inspections.inspections(shown, status));
		model.addAttribute("plans", planning.plans());
		boolean office = InspectionPages.isOffice();
		model.addAttribute("office", office);
		if (office) {
			model.addAttribute("awaiting", inspections.awaitingDecision());
			model.addAttribute("inspectors", inspections.inspectorAccounts());
			model.addAttribute("products", certifiedProducts());
			model.addAttribute("checklist", ChecklistItem.values());
		}
		// an inspector may start an unplanned inspection of their own in the field (issue 16)
		boolean inspector = !office && InspectionPages.hasRole("ROLE_INSPECTOR");
		model.addAttribute("selfInspector", inspector);
		if (inspector) {
			model.addAttribute("products", certifiedProducts());
		}
		if (!model.containsAttribute("planForm")) {
			model.addAttribute("planForm", PlanForm.of(shown));
		}
		if (!model.containsAttribute("openForm")) {
			model.addAttribute("openForm", new OpenForm());
		}
		return "monitoring/inspections/index";
	}

	/** A plan with its lines; {@code openFor}: the line whose opening form has errors, if any. */
	String plan(UUID id, @Nullable UUID openFor, Model model) {
		model.addAttribute("plan", planning.plan(id));
		boolean office = InspectionPages.isOffice();
		model.addAttribute("office", office);
		if (office) {
			model.addAttribute("products", certifiedProducts());
			model.addAttribute("inspectors", inspections.inspectorAccounts());
		}
		model.addAttribute("today", today());
		model.addAttribute("openFor", openFor);
		if (!model.containsAttribute("itemForm")) {
			model.addAttribute("itemForm", new PlanItemForm());
		}
		if (!model.containsAttribute("openForm")) {
			model.addAttribute("openForm", new OpenForm());
		}
		if (!model.containsAttribute("decisionForm")) {
			model.addAttribute("decisionForm", new PlanDecisionForm());
		}
		return "monitoring/inspections/plan";
	}

	/** The plan a line belongs to, if it is still there. */
	@Nullable
	UUID planOf(UUID itemId) {
		return planning.plans().stream().filter(p -> p.items().stream().anyMatch(i -> i.id().equals(itemId)))
				.map(p -> p.id()).findFirst().orElse(null);
	}

	/** An inspection; {@code decisionFor}: the finding whose decision form has errors, if any. */
	String inspection(UUID id, @Nullable UUID decisionFor, Model model) {
		InspectionView inspection = inspections.inspection(id);
		model.addAttribute("inspection", inspection);
		model.addAttribute("mayConduct", inspections.mayConduct(id));
		model.addAttribute("office", InspectionPages.isOffice());
		model.addAttribute("results", CheckResult.values());
		model.addAttribute("items", ChecklistItem.values());
		model.addAttribute("sanctions", Sanction.values());
		model.addAttribute("today", today());
		model.addAttribute("decisionFor", decisionFor);
		if (!model.containsAttribute("checklistForm")) {
			model.addAttribute("checklistForm", ChecklistForm.of(inspection));
		}
		if (!model.containsAttribute("findingForm")) {
			model.addAttribute("findingForm", new FindingForm());
		}
		if (!model.containsAttribute("conclusionForm")) {
			model.addAttribute("conclusionForm", ConclusionForm.of(today()));
		}
		if (!model.containsAttribute("decisionForm")) {
			model.addAttribute("decisionForm", new SanctionDecisionForm());
		}
		return "monitoring/inspections/inspection";
	}

	/** Certified (or expired) products to pick from, each as "producerId:productId". */
	private List<ProductSummary> certifiedProducts() {
		List<ProductSummary> list = new ArrayList<>(registry.allProducts(
				new ProductFilter(null, ProductStatus.CERTIFIED, null, null, null, null, null), 2000));
		list.sort(Comparator.comparing(ProductSummary::producerName).thenComparing(ProductSummary::name));
		return list;
	}
}
