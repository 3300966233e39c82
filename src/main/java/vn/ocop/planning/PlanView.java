package vn.ocop.planning;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A plan with its targets and its activities and tasks.
 */
public record PlanView(UUID id, int year, String title, @Nullable String reference, List<TargetView> targets,
		List<ActivityView> activities) {

	/** The tasks that are late on the day the view was made. */
	public List<TaskView> lateTasks() {
		return activities.stream().flatMap(a -> a.tasks().stream()).filter(TaskView::late).toList();
	}

	public long taskCount() {
		return activities.stream().mapToLong(a -> a.tasks().size()).sum();
	}

	public long doneCount() {
		return activities.stream().flatMap(a -> a.tasks().stream()).filter(t -> t.status() == TaskStatus.DONE).count();
	}
}
