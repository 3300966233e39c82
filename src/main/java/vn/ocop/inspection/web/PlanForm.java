package vn.ocop.inspection.web;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.ocop.inspection.ChecklistItem;
import vn.ocop.inspection.NewPlan;

/**
 * A year's inspection plan as drafted: year, title, agencies taking part, checklist (every item when none is
 * ticked), note; that the year is one the programme plans for is the plan's own rule.
 */
class PlanForm {

	@NotNull
	private @Nullable Integer year;

	@NotBlank
	@Size(max = 300)
	private String title = "";

	@Size(max = 1000)
	private @Nullable String agencies;

	private Set<ChecklistItem> checklist = EnumSet.allOf(ChecklistItem.class);

	@Size(max = 2000)
	private @Nullable String note;

	/** A new plan for a year, every checklist item ticked. */
	static PlanForm of(int year) {
		var form = new PlanForm();
		form.year = year;
		return form;
	}

	NewPlan plan() {
		return new NewPlan(Objects.requireNonNull(year), title, agencies, checklist, note);
	}

	public @Nullable Integer getYear() {
		return year;
	}

	public void setYear(@Nullable Integer year) {
		this.year = year;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title == null ? "" : title;
	}

	public @Nullable String getAgencies() {
		return agencies;
	}

	public void setAgencies(@Nullable String agencies) {
		this.agencies = agencies;
	}

	public Set<ChecklistItem> getChecklist() {
		return checklist;
	}

	public void setChecklist(Set<ChecklistItem> checklist) {
		this.checklist = checklist;
	}

	public @Nullable String getNote() {
		return note;
	}

	public void setNote(@Nullable String note) {
		this.note = note;
	}
}
