package vn.ocop.planning.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.ocop.planning.PlanManagement;
import vn.ocop.planning.TaskView;

/**
 * The fields of a task an officer may change, checked field by field (every error at once, beside its field);
 * a new task adds its number ({@link TaskForm}).
 */
class TaskChangeForm {

	@NotBlank
	@Size(max = 4000)
	private String description = "";

	@Size(max = 300)
	private String leadAgency = "";

	@Size(max = 1000)
	private String partners = "";

	@Size(max = 64)
	private String leadAccount = "";

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate deadline;

	/** The form filled with a task, to change it. */
	static TaskChangeForm of(TaskView task) {
		var form = new TaskChangeForm();
		form.description = task.description();
		form.leadAgency = task.leadAgency() == null ? "" : task.leadAgency();
		form.partners = task.partners() == null ? "" : task.partners();
		form.leadAccount = task.leadAccount() == null ? "" : task.leadAccount();
		form.deadline = task.deadline();
		return form;
	}

	/** The details of a valid form under the given number. */
	PlanManagement.TaskDetails details(String number) {
		return new PlanManagement.TaskDetails(number, description.strip(), blankToNull(leadAgency), blankToNull(partners),
				blankToNull(leadAccount), deadline);
	}

	private static @Nullable String blankToNull(String value) {
		return value.isBlank() ? null : value.strip();
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description == null ? "" : description;
	}

	public String getLeadAgency() {
		return leadAgency;
	}

	public void setLeadAgency(@Nullable String leadAgency) {
		this.leadAgency = leadAgency == null ? "" : leadAgency;
	}

	public String getPartners() {
		return partners;
	}

	public void setPartners(@Nullable String partners) {
		this.partners = partners == null ? "" : partners;
	}

	public String getLeadAccount() {
		return leadAccount;
	}

	public void setLeadAccount(@Nullable String leadAccount) {
		this.leadAccount = leadAccount == null ? "" : leadAccount;
	}

	public @Nullable LocalDate getDeadline() {
		return deadline;
	}

	public void setDeadline(@Nullable LocalDate deadline) {
		this.deadline = deadline;
	}
}
