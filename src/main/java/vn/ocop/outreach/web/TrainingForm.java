package vn.ocop.outreach.web;

import static vn.ocop.shared.Texts.blankToNull;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

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
class TrainingForm extends ScheduledForm {

	@NotBlank
	@Size(max = 300)
	private String organiser = "";

	@NotNull
	private @Nullable Audience audience;

	@Size(max = 500)
	private String place = "";

	@Size(max = 16)
	private String communeCode = "";

	/** The form filled with a course, to edit it. */
	static TrainingForm of(TrainingView training) {
		var form = new TrainingForm();
		form.fill(training.title(), training.startsOn(), training.endsOn(), training.description());
		form.organiser = training.organiser();
		form.audience = training.audience();
		form.place = training.place() == null ? "" : training.place();
		form.communeCode = training.communeCode() == null ? "" : training.communeCode();
		return form;
	}

	/** The details of a valid form. */
	TrainingDetails details() {
		return new TrainingDetails(getTitle().strip(), organiser.strip(), Objects.requireNonNull(audience),
				blankToNull(place), blankToNull(communeCode), Objects.requireNonNull(getStartsOn()),
				Objects.requireNonNull(getEndsOn()), blankToNull(getDescription()));
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

}
