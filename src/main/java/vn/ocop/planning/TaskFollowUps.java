package vn.ocop.planning;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.ocop.shared.ReportFollowUps;

/** The plan tasks that answer a monthly report's difficulties. */
@Component
class TaskFollowUps implements ReportFollowUps {

	private final PlanManagement plans;

	TaskFollowUps(PlanManagement plans) {
		this.plans = plans;
	}

	@Override
	public List<FollowUp> followUpsOf(UUID reportId) {
		return plans.tasksAnswering(reportId).stream()
				.map(t -> new FollowUp("programme.followUp.task", t.number() + " · " + t.description(),
						"programme.status." + t.status().name(), "/programme/tasks/" + t.id(), t.deadline()))
				.toList();
	}
}
