package vn.ocop.outreach.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.ocop.outreach.PilotDetails;
import vn.ocop.outreach.PilotLevel;
import vn.ocop.outreach.PilotManagement;
import vn.ocop.outreach.PilotView;

/**
 * Pilot models over JSON.
 */
@RestController
@RequestMapping("/api/v1/pilots")
@Tag(name = "programme-pilots", description = "Mô hình điểm / Pilot models")
class PilotApiController {

	record PilotRequest(@NotNull @Min(2018) @Max(2100) Integer year, @NotBlank @Size(max = 500) String name,
			@NotNull PilotLevel level, @NotBlank @Size(max = 200) String type,
			@Nullable @Size(max = 16) String communeCode, @Nullable @Size(max = 500) String location,
			@Nullable @Size(max = 4000) String description, @Nullable List<@NotNull UUID> productIds) {

		PilotDetails details() {
			return new PilotDetails(year, name, level, type, communeCode, location, description,
					productIds == null ? List.of() : productIds);
		}
	}

	record ProgressRequest(@NotNull @Min(0) @Max(100) Integer progress) {
	}

	private final PilotManagement pilots;

	PilotApiController(PilotManagement pilots) {
		this.pilots = pilots;
	}

	@GetMapping
	@Operation(summary = "Danh sách mô hình điểm / Pilot models, optionally of one year")
	List<PilotView> list(@RequestParam(required = false) @Nullable Integer year) {
		return pilots.pilots(year);
	}

	@GetMapping("/{id}")
	PilotView pilot(@PathVariable UUID id) {
		return pilots.pilot(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Ghi nhận mô hình điểm / Record a pilot (central and provincial: office; district: officers "
			+ "of the area, which is required)")
	PilotView create(@Valid @RequestBody PilotRequest request) {
		return pilots.create(request.details());
	}

	@PutMapping("/{id}")
	PilotView update(@PathVariable UUID id, @Valid @RequestBody PilotRequest request) {
		return pilots.update(id, request.details());
	}

	@PostMapping("/{id}/progress")
	@Operation(summary = "Cập nhật tiến độ / Record progress; 100 means built (counted against the target)")
	PilotView progress(@PathVariable UUID id, @Valid @RequestBody ProgressRequest request) {
		return pilots.progress(id, request.progress());
	}
}
