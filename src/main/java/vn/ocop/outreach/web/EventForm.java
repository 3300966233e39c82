package vn.ocop.outreach.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.ocop.outreach.EventDetails;
import vn.ocop.outreach.EventKind;
import vn.ocop.outreach.EventView;

/**
 * The form of a programme event, checked field by field (every error at once, beside its field); that it does not
 * end before it starts is the event's own rule.
 */
class EventForm {

	@NotNull
	private @Nullable EventKind kind;

	@NotBlank
	@Size(max = 500)
	private String title = "";

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate startsOn;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate endsOn;

	@NotBlank
	@Size(max = 500)
	private String place = "";

	@Size(max = 4000)
	private String description = "";

	private List<UUID> productIds = new ArrayList<>();

	/** The form filled with an event, to edit it. */
	static EventForm of(EventView event) {
		var form = new EventForm();
		form.kind = event.kind();
		form.title = event.title();
		form.startsOn = event.startsOn();
		form.endsOn = event.endsOn();
		form.place = event.place();
		form.description = event.description() == null ? "" : event.description();
		form.productIds = new ArrayList<>(event.products().stream().map(p -> p.productId()).toList());
		return form;
	}

	/** The details of a valid form, in the given commune (the form does not change it). */
	EventDetails details(@Nullable String communeCode) {
		return new EventDetails(Objects.requireNonNull(kind), title.strip(), Objects.requireNonNull(startsOn),
				Objects.requireNonNull(endsOn), place.strip(), communeCode,
				description.isBlank() ? null : description.strip(), List.copyOf(productIds));
	}

	public @Nullable EventKind getKind() {
		return kind;
	}

	public void setKind(@Nullable EventKind kind) {
		this.kind = kind;
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

	public String getPlace() {
		return place;
	}

	public void setPlace(@Nullable String place) {
		this.place = place == null ? "" : place;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description == null ? "" : description;
	}

	public List<UUID> getProductIds() {
		return productIds;
	}

	public void setProductIds(@Nullable List<UUID> productIds) {
		this.productIds = productIds == null ? new ArrayList<>() : productIds;
	}
}
