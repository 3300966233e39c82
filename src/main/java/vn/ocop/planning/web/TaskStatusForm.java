package vn.ocop.planning.web;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotNull;
import vn.ocop.planning.TaskStatus;

/**
 * The status a task is moved to.
 */
class TaskStatusForm {

	@NotNull
	private @Nullable TaskStatus status;

	/** The form showing the task's status. */
	static TaskStatusForm of(TaskStatus status) {
		var form = new TaskStatusForm();
		form.status = status;
		return form;
	}

	public @Nullable TaskStatus getStatus() {
		return status;
	}

	public void setStatus(@Nullable TaskStatus status) {
		this.status = status;
	}
}
