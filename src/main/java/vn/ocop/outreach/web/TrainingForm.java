package vn.ocop.outreach.web;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.ocop.outreach.Audience;
import vn.ocop.outreach.TrainingDetails;
import vn.ocop.outreach.TrainingView;

/**
 * The form of a training course, checked field by field (every error at once, beside its field); that it does not
 * end before it starts is the course's own rule.
 */
class TrainingForm {

	@NotBlank
	@Size(max = 500)
	private String title = "";

	@NotBlank
	@Size(max = 300)
	private String organiser = "";

	@NotNull
	private @Nullable Audience audience;

	@Size(max = 500)
	private String place = "";

	@Size(max = 16)
	private String communeCode = "";

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate startsOn;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate endsOn;

	@Size(max = 4000)
	private String description = "";

	/** The form filled with a course, to edit it. */
	static TrainingForm of(TrainingView training) {
		var form = new TrainingForm();
		form.title = training.title();
		form.organiser = training.organiser();
		form.audience = training.audience();
		form.place = training.place() == null ? "" : training.place();
		form.communeCode = training.communeCode() == null ? "" : training.communeCode();
		form.startsOn = training.startsOn();
		form.endsOn = training.endsOn();
		form.description = training.description() == null ? "" : training.description();
		return form;
	}

	/** The details of a valid form. */
	TrainingDetails details() {
		return new TrainingDetails(title.strip(), organiser.strip(), Objects.requireNonNull(audience),
				blankToNull(place), blankToNull(communeCode), Objects.requireNonNull(startsOn),
				Objects.requireNonNull(endsOn), blankToNull(description));
	}

	private static @Nullable String blankToNull(String value) {
		return value.isBlank() ? null : value.strip();
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title == null ? "" : title;
	}

	public String getOrganiser() {
		return organiser;
	}

	public void setOrganiser(@Nullable String organiser) {
		this.organiser = organiser == null ? "" : organiser;
	}

	public @Nullable Audience getAudience() {
		return audience;
	}

	public void setAudience(@Nullable Audience audience) {
		this.audience = audience;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(@Nullable String place) {
		this.place = place == null ? "" : place;
	}

	public String getCommuneCode() {
		return communeCode;
	}

	public void setCommuneCode(@Nullable String communeCode) {
		this.communeCode = communeCode == null ? "" : communeCode;
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
