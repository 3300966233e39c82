package vn.ocop.planning;

import java.util.List;
import java.util.UUID;

/**
 * An activity of a plan with its tasks.
 */
public record ActivityView(UUID id, int number, String title, List<TaskView> tasks) {

	public long lateCount() {
		return tasks.stream().filter(TaskView::late).count();
	}
}
