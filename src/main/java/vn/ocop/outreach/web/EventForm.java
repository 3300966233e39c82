package vn.ocop.outreach.web;

import static vn.ocop.shared.Texts.blankToNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

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
class EventForm extends ScheduledForm {

	@NotNull
	private @Nullable EventKind kind;

	@NotBlank
	@Size(max = 500)
	private String place = "";

	private List<UUID> productIds = new ArrayList<>();

	/** The form filled with an event, to edit it. */
	static EventForm of(EventView event) {
		var form = new EventForm();
		form.fill(event.title(), event.startsOn(), event.endsOn(), event.description());
		form.kind = event.kind();
		form.place = event.place();
		form.productIds = new ArrayList<>(event.products().stream().map(p -> p.productId()).toList());
		return form;
	}

	/** The details of a valid form, in the given commune (the form does not change it). */
	EventDetails details(@Nullable String communeCode) {
		return new EventDetails(Objects.requireNonNull(kind), getTitle().strip(), Objects.requireNonNull(getStartsOn()),
				Objects.requireNonNull(getEndsOn()), place.strip(), communeCode, blankToNull(getDescription()),
				List.copyOf(productIds));
	}

	public @Nullable EventKind getKind() {
		return kind;
	}

	public void setKind(@Nullable EventKind kind) {
		this.kind = kind;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(@Nullable String place) {
		this.place = place == null ? "" : place;
	}

	public List<UUID> getProductIds() {
		return productIds;
	}

	public void setProductIds(@Nullable List<UUID> productIds) {
		this.productIds = productIds == null ? new ArrayList<>() : productIds;
	}
}
