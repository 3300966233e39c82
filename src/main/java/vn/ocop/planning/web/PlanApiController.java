package vn.ocop.planning.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import vn.ocop.planning.ActivityView;
import vn.ocop.planning.PlanManagement;
import vn.ocop.planning.PlanView;
import vn.ocop.planning.TargetView;
import vn.ocop.planning.TaskStatus;
import vn.ocop.planning.TaskView;

/**
 * Annual plans over JSON: plans, targets, activities, tasks with status, progress notes and attachments, and the
 * late tasks.
 */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "programme-plans", description = "Kế hoạch năm: chỉ tiêu, hoạt động, nhiệm vụ / Annual plans")
class PlanApiController {

	record PlanRequest(@NotNull @Min(2018) @Max(2100) Integer year, @NotBlank @Size(max = 500) String title,
			@Nullable @Size(max = 500) String reference) {
	}

	record TargetRequest(@NotBlank @Size(max = 64) String code, @NotBlank @Size(max = 1000) String label,
			@NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal amount, @NotBlank @Size(max = 50) String unit,
			@Nullable @Size(max = 64) String measure, @Nullable @Size(max = 1000) String note) {

		PlanManagement.TargetDetails details() {
			return new PlanManagement.TargetDetails(code, label, amount, unit, measure, note);
		}
	}

	record ActivityRequest(@NotNull @Min(1) @Max(999) Integer number, @NotBlank @Size(max = 1000) String title) {
	}

	record TaskRequest(@NotBlank @Size(max = 16) String number, @NotBlank @Size(max = 4000) String description,
			@Nullable @Size(max = 300) String leadAgency, @Nullable @Size(max = 1000) String partners,
			@Nullable @Size(max = 64) String leadAccount, @Nullable LocalDate deadline) {

		PlanManagement.TaskDetails details() {
			return new PlanManagement.TaskDetails(number, description, leadAgency, partners, leadAccount, deadline);
		}
	}

	record StatusRequest(@NotNull TaskStatus status) {
	}

	record NoteRequest(@NotBlank @Size(max = 4000) String note, @Nullable @Min(0) @Max(100) Integer progress) {
	}

	private final PlanManagement plans;

	PlanApiController(PlanManagement plans) {
		this.plans = plans;
	}

	@GetMapping
	@Operation(summary = "Danh sách kế hoạch / Plans, newest year first")
	List<PlanManagement.PlanSummary> plans() {
		return plans.plans();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Tạo kế hoạch năm / Create the plan of a year (office); 409 if the year has one")
	PlanView create(@Valid @RequestBody PlanRequest request) {
		return plans.create(new PlanManagement.NewPlan(request.year(), request.title(), request.reference()));
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Nhập kế hoạch từ tệp JSON / Create a plan with targets, activities and tasks from a JSON file")
	PlanView importPlan(@RequestParam("file") MultipartFile file) throws IOException {
		return plans.importPlan(file.getInputStream());
	}

	@PostMapping("/ha-tinh-2019")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Nạp kế hoạch OCOP Hà Tĩnh 2019 / Load the Hà Tĩnh 2019 plan (targets, 13 activities)")
	PlanView loadHaTinh2019() {
		return plans.loadHaTinh2019();
	}

	@GetMapping("/{year}")
	@Operation(summary = "Kế hoạch của một năm / A year's plan with targets, activities and tasks (late ones flagged)")
	PlanView plan(@PathVariable int year) {
		return plans.plan(year);
	}

	@PostMapping("/{year}/targets")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Thêm chỉ tiêu / Add a target: number, unit, measure code")
	TargetView addTarget(@PathVariable int year, @Valid @RequestBody TargetRequest request) {
		return plans.addTarget(year, request.details());
	}

	@PutMapping("/{year}/targets/{id}")
	@Operation(summary = "Sửa chỉ tiêu / Change a target")
	TargetView changeTarget(@PathVariable int year, @PathVariable UUID id, @Valid @RequestBody TargetRequest request) {
		return plans.changeTarget(year, id, request.details());
	}

	@DeleteMapping("/{year}/targets/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeTarget(@PathVariable int year, @PathVariable UUID id) {
		plans.removeTarget(year, id);
	}

	@PostMapping("/{year}/activities")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Thêm hoạt động / Add an activity")
	ActivityView addActivity(@PathVariable int year, @Valid @RequestBody ActivityRequest request) {
		return plans.addActivity(year, request.number(), request.title());
	}

	@PostMapping("/{year}/activities/{number}/tasks")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Thêm nhiệm vụ / Add a task: lead agency, partners, lead account, deadline")
	TaskView addTask(@PathVariable int year, @PathVariable int number, @Valid @RequestBody TaskRequest request) {
		return plans.addTask(year, number, request.details());
	}

	@GetMapping("/tasks/late")
	@Operation(summary = "Nhiệm vụ chậm tiến độ / Open tasks past their deadline, oldest first")
	List<TaskView> late() {
		return plans.lateTasks();
	}

	@GetMapping("/tasks/{id}")
	TaskView task(@PathVariable UUID id) {
		return plans.task(id);
	}

	@PutMapping("/tasks/{id}")
	@Operation(summary = "Sửa nhiệm vụ / Change a task's description, leads and deadline (office)")
	TaskView changeTask(@PathVariable UUID id, @Valid @RequestBody TaskRequest request) {
		return plans.changeTask(id, request.details());
	}

	@PostMapping("/tasks/{id}/status")
	@Operation(summary = "Chuyển trạng thái nhiệm vụ / Move a task (office or lead account); 409 for an illegal move")
	TaskView move(@PathVariable UUID id, @Valid @RequestBody StatusRequest request) {
		return plans.moveTask(id, request.status());
	}

	@PostMapping("/tasks/{id}/notes")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Ghi nhận tiến độ / Add a progress note, optionally with the progress in per cent")
	TaskView note(@PathVariable UUID id, @Valid @RequestBody NoteRequest request) {
		return plans.report(id, request.note(), request.progress());
	}

	@PostMapping(path = "/tasks/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Đính kèm tệp / Attach a PDF, image or office document (checked by content)")
	TaskView attach(@PathVariable UUID id, @RequestParam("file") MultipartFile file) throws IOException {
		return plans.attach(id, file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), file.getInputStream());
	}

	@GetMapping("/tasks/{id}/attachments/{attachmentId}")
	ResponseEntity<InputStreamResource> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
		var file = plans.attachment(id, attachmentId);
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
						.filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
				.body(new InputStreamResource(file.content()));
	}
}
