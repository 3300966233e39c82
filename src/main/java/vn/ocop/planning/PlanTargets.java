package vn.ocop.planning;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The targets of a year's plan, for the indicators that measure them (the KPI dashboard puts each measure's
 * number next to the target that names it). A read of the plan's figures: the caller decides who sees them.
 */
@Service
@Transactional(readOnly = true)
public class PlanTargets {

	private final Plans plans;

	PlanTargets(Plans plans) {
		this.plans = plans;
	}

	/** The year's targets in the plan's order (none without a plan). */
	public List<TargetView> of(int year) {
		return plans.targetsOf(year).stream().map(PlanTarget::toView).toList();
	}
}
