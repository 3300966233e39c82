package vn.ocop.outreach.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The fields a form of something held over some days shares (a programme event, a training course): its title, its
 * first and last day and its description, checked field by field; that it does not end before it starts is the
 * record's own rule.
 */
abstract class ScheduledForm {

	@NotBlank
	@Size(max = 500)
	private String title = "";

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate startsOn;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate endsOn;

	@Size(max = 4000)
	private String description = "";

	/** Fills the shared fields from a record, to edit it. */
	protected void fill(String title, LocalDate startsOn, LocalDate endsOn, @Nullable String description) {
		this.title = title;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.description = description == null ? "" : description;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title == null ? "" : title;
	}

	public @Nullable LocalDate getStartsOn() {
		return startsOn;
	}

	public void setStartsOn(@Nullable LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public @Nullable LocalDate getEndsOn() {
		return endsOn;
	}

	public void setEndsOn(@Nullable LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description == null ? "" : description;
	}
}
