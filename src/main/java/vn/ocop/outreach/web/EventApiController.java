package vn.ocop.outreach.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.ocop.outreach.EventDetails;
import vn.ocop.outreach.EventKind;
import vn.ocop.outreach.EventManagement;
import vn.ocop.outreach.EventView;

/**
 * Programme events over JSON. Reading is public.
 */
@RestController
@RequestMapping("/api/v1/events")
@Tag(name = "programme-events", description = "Hội chợ, hội nghị, tham quan học tập / Programme events")
class EventApiController {

	record EventRequest(@NotNull EventKind kind, @NotBlank @Size(max = 500) String title, @NotNull LocalDate startsOn,
			@NotNull LocalDate endsOn, @NotBlank @Size(max = 500) String place,
			@Nullable @Size(max = 16) String communeCode, @Nullable @Size(max = 4000) String description,
			@Nullable List<@NotNull UUID> productIds) {

		EventDetails details() {
			return new EventDetails(kind, title, startsOn, endsOn, place, communeCode, description,
					productIds == null ? List.of() : productIds);
		}
	}

	private final EventManagement events;

	EventApiController(EventManagement events) {
		this.events = events;
	}

	@GetMapping
	@Operation(summary = "Danh sách sự kiện (công khai) / Events, newest first (public)")
	List<EventView> list() {
		return events.events();
	}

	@GetMapping("/{id}")
	EventView event(@PathVariable UUID id) {
		return events.event(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Ghi nhận sự kiện / Record an event (office)")
	EventView create(@Valid @RequestBody EventRequest request) {
		return events.create(request.details());
	}

	@PutMapping("/{id}")
	EventView update(@PathVariable UUID id, @Valid @RequestBody EventRequest request) {
		return events.update(id, request.details());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID id) {
		events.delete(id);
	}
}
