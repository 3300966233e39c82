package vn.ocop.planning.web;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.ocop.planning.PlanManagement;

/**
 * The form of a new task under an activity: its number beside the fields of {@link TaskChangeForm}.
 */
class TaskForm extends TaskChangeForm {

	@NotBlank
	@Size(max = 16)
	private String taskNumber = "";

	/** The details of a valid form. */
	PlanManagement.TaskDetails details() {
		return details(taskNumber.strip());
	}

	public String getTaskNumber() {
		return taskNumber;
	}

	public void setTaskNumber(@Nullable String taskNumber) {
		this.taskNumber = taskNumber == null ? "" : taskNumber;
	}
}
