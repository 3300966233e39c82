package vn.ocop.inspection;

import static vn.ocop.inspection.Transitions.guard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.identity.CurrentUser;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;
import vn.ocop.geography.UnitAt;
import java.util.function.Predicate;

/**
 * The year's inspection plan (plan activity 11.2): drafted by the provincial office line by line (a producer,
 * optionally one of its products, a month), submitted and approved or sent back with a reason. Inspections are
 * opened from the lines of an approved plan ({@link InspectionManagement#open}).
 */
@Service
public class InspectionPlanning {

	private final InspectionPlans plans;
	private final Inspections inspections;
	private final InspectionAccess access;
	private final InspectionSubjects subjects;
	private final Clock clock;

	InspectionPlanning(InspectionPlans plans, Inspections inspections, InspectionAccess access,
			InspectionSubjects subjects, Clock clock) {
		this.plans = plans;
		this.inspections = inspections;
		this.access = access;
		this.subjects = subjects;
		this.clock = clock;
	}

	/** Drafts the year's plan (provincial office); 409 if the year has one. */
	@Transactional
	public InspectionPlanView createPlan(NewPlan input) {
		CurrentUser user = access.requireOffice();
		input.requireValid(LocalDate.now(clock).getYear());
		if (plans.findByYear(input.year()).isPresent()) {
			throw BusinessRuleException.conflict("monitoring.plan.exists", input.year());
		}
		var plan = new InspectionPlan(input.year(), input.title(), input.agencies(), checklist(input.checklist()),
				input.note(), clock.instant(), user.username());
		plans.saveAndFlush(plan);
		return view(plan);
	}

	/** Changes a draft (or returned) plan's description. */
	@Transactional
	public InspectionPlanView describePlan(UUID planId, NewPlan input) {
		access.requireOffice();
		InspectionPlan plan = loadPlan(planId);
		input.requireTitle();
		guard(() -> plan.describe(input.title(), input.agencies(), checklist(input.checklist()), input.note()),
				"monitoring.plan.locked", plan.getStatus());
		return view(plan);
	}

	/** Adds a line (producer, optionally one of its products, month) to a draft plan. */
	@Transactional
	public InspectionPlanView addPlanItem(UUID planId, NewPlanItem input) {
		access.requireOffice();
		InspectionPlan plan = loadPlan(planId);
		input.requireMonth();
		PlanItem.Subject subject = subjects.subject(input.producerId(), input.productId());
		guard(() -> plan.add(subject, input.month(), input.agencies()), "monitoring.plan.locked", plan.getStatus());
		plans.saveAndFlush(plan);
		return view(plan);
	}

	@Transactional
	public InspectionPlanView removePlanItem(UUID planId, UUID itemId) {
		access.requireOffice();
		InspectionPlan plan = loadPlan(planId);
		guard(() -> plan.remove(itemId), "monitoring.plan.locked", plan.getStatus());
		return view(plan);
	}

	/** Submits the plan for approval; 409 when empty or not a draft. */
	@Transactional
	public InspectionPlanView submitPlan(UUID planId) {
		CurrentUser user = access.requireOffice();
		InspectionPlan plan = loadPlan(planId);
		if (plan.getItems().isEmpty()) {
			throw BusinessRuleException.conflict("monitoring.plan.empty");
		}
		guard(() -> plan.submit(clock.instant(), user.username()), "monitoring.plan.notDraft", plan.getStatus());
		return view(plan);
	}

	/** Approves a submitted plan (or sends it back with a reason). */
	@Transactional
	public InspectionPlanView decidePlan(UUID planId, boolean approve, @Nullable String note) {
		CurrentUser user = access.requireOffice();
		InspectionPlan plan = loadPlan(planId);
		if (!approve && (note == null || note.isBlank())) {
			throw BusinessRuleException.unprocessable("monitoring.plan.reasonRequired");
		}
		guard(() -> {
			if (approve) {
				plan.approve(note, clock.instant(), user.username());
			}
			else {
				plan.sendBack(note == null ? "" : note, clock.instant(), user.username());
			}
		}, "monitoring.plan.notSubmitted", plan.getStatus());
		return view(plan);
	}

	@Transactional(readOnly = true)
	public List<InspectionPlanView> plans() {
		CurrentUser user = access.requireReader();
		Predicate<UnitAt> covers = access.coverage(user);
		return plans.findAllByOrderByYearDesc().stream().map(p -> view(p, covers)).toList();
	}

	/** A plan with the lines the user may see: those of producers inside the user's area (all for the office). */
	@Transactional(readOnly = true)
	public InspectionPlanView plan(UUID id) {
		CurrentUser user = access.requireReader();
		return view(loadPlan(id), access.coverage(user));
	}

	private InspectionPlanView view(InspectionPlan plan) {
		return view(plan, u -> true);
	}

	private InspectionPlanView view(InspectionPlan plan, Predicate<UnitAt> covers) {
		List<UUID> ids = plan.getItems().stream().map(PlanItem::getId).toList();
		Map<UUID, UUID> byItem = new HashMap<>();
		if (!ids.isEmpty()) {
			inspections.findByPlanItemIdIn(ids).forEach(i -> byItem.put(i.getPlanItemId(), i.getId()));
		}
		return plan.toView(byItem, i -> covers.test(i.subject().unitAt()));
	}

	private InspectionPlan loadPlan(UUID id) {
		return plans.findById(id).orElseThrow(() -> new NotFoundException("monitoring.plan.notFound", id));
	}

	private static Set<ChecklistItem> checklist(@Nullable Set<ChecklistItem> items) {
		return items == null || items.isEmpty() ? EnumSet.allOf(ChecklistItem.class) : EnumSet.copyOf(items);
	}
}
