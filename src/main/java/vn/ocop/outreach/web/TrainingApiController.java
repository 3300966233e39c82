package vn.ocop.outreach.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.ocop.outreach.Audience;
import vn.ocop.outreach.TrainingDetails;
import vn.ocop.outreach.TrainingManagement;
import vn.ocop.outreach.TrainingView;

/**
 * Training courses over JSON: courses, sessions, participants, attendance and completion.
 */
@RestController
@RequestMapping("/api/v1/trainings")
@Tag(name = "programme-trainings", description = "Đào tạo, tập huấn / Training courses")
class TrainingApiController {

	record TrainingRequest(@NotBlank @Size(max = 500) String title, @NotBlank @Size(max = 300) String organiser,
			@NotNull Audience audience, @Nullable @Size(max = 500) String place,
			@Nullable @Size(max = 16) String communeCode, @NotNull LocalDate startsOn, @NotNull LocalDate endsOn,
			@Nullable @Size(max = 4000) String description) {

		TrainingDetails details() {
			return new TrainingDetails(title, organiser, audience, place, communeCode, startsOn, endsOn, description);
		}
	}

	record SessionRequest(@NotNull LocalDate heldOn, @NotBlank @Size(max = 500) String topic) {
	}

	record ParticipantRequest(@Nullable @Size(max = 64) String username, @Nullable UUID producerId,
			@Nullable @Size(max = 200) String fullName, @Nullable @Size(max = 16) String communeCode) {
	}

	record AttendanceRequest(@NotNull Set<@NotNull UUID> present) {
	}

	record CompletionRequest(@NotNull Boolean completed) {
	}

	private final TrainingManagement trainings;

	TrainingApiController(TrainingManagement trainings) {
		this.trainings = trainings;
	}

	@GetMapping
	@Operation(summary = "Danh sách lớp / Courses, optionally of one year")
	List<TrainingView> list(@RequestParam(required = false) @Nullable Integer year) {
		return trainings.trainings(year);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Tạo lớp / Create a course (office, or an officer inside the course's commune)")
	TrainingView create(@Valid @RequestBody TrainingRequest request) {
		return trainings.create(request.details());
	}

	@GetMapping("/{id}")
	TrainingView training(@PathVariable UUID id) {
		return trainings.training(id);
	}

	@PutMapping("/{id}")
	TrainingView update(@PathVariable UUID id, @Valid @RequestBody TrainingRequest request) {
		return trainings.update(id, request.details());
	}

	@PostMapping("/{id}/sessions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Thêm buổi học / Add a session within the course dates")
	TrainingView session(@PathVariable UUID id, @Valid @RequestBody SessionRequest request) {
		return trainings.addSession(id, request.heldOn(), request.topic());
	}

	@PostMapping("/{id}/participants")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Ghi danh học viên / Enrol exactly one of: an account (username), a producer (producerId) "
			+ "or a person (fullName)")
	TrainingView enrol(@PathVariable UUID id, @Valid @RequestBody ParticipantRequest request) {
		return trainings.enrol(id, new TrainingManagement.Enrolment(request.username(), request.producerId(),
				request.fullName(), request.communeCode()));
	}

	@PutMapping("/{id}/sessions/{sessionId}/attendance")
	@Operation(summary = "Điểm danh / Record who attended a session")
	TrainingView attendance(@PathVariable UUID id, @PathVariable UUID sessionId,
			@Valid @RequestBody AttendanceRequest request) {
		return trainings.recordAttendance(id, sessionId, request.present());
	}

	@PutMapping("/{id}/participants/{participantId}/completion")
	@Operation(summary = "Hoàn thành khóa học / Mark completion; 409 unless every session held was attended")
	TrainingView completion(@PathVariable UUID id, @PathVariable UUID participantId,
			@Valid @RequestBody CompletionRequest request) {
		return trainings.complete(id, participantId, request.completed());
	}
}
