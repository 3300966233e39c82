package vn.ocop.planning.web;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.ocop.planning.PlanManagement;

/**
 * The form of a new plan, checked field by field (every error at once, beside its field); that no plan
 * exists for the year is the plan's own rule.
 */
class PlanForm {

	@NotNull
	private @Nullable Integer year;

	@NotBlank
	@Size(max = 500)
	private String title = "";

	@Size(max = 500)
	private String reference = "";

	/** An empty form for a plan of the given year. */
	static PlanForm forYear(int year) {
		var form = new PlanForm();
		form.year = year;
		return form;
	}

	/** The new plan of a valid form. */
	PlanManagement.NewPlan plan() {
		return new PlanManagement.NewPlan(Objects.requireNonNull(year), title.strip(),
				reference.isBlank() ? null : reference.strip());
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

	public String getReference() {
		return reference;
	}

	public void setReference(@Nullable String reference) {
		this.reference = reference == null ? "" : reference;
	}
}
