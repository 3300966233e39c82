package vn.ocop.inspection.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.ocop.inspection.CheckResult;
import vn.ocop.inspection.CheckView;
import vn.ocop.inspection.ChecklistItem;
import vn.ocop.inspection.ComplaintManagement;
import vn.ocop.inspection.ComplaintStatus;
import vn.ocop.inspection.ComplaintView;
import vn.ocop.inspection.FindingView;
import vn.ocop.inspection.InspectionManagement;
import vn.ocop.inspection.InspectionPlanning;
import vn.ocop.inspection.SanctionDecisions;
import vn.ocop.inspection.InspectionPlanView;
import vn.ocop.inspection.InspectionStatus;
import vn.ocop.inspection.InspectionView;
import vn.ocop.inspection.InspectionExports;
import vn.ocop.inspection.NewFinding;
import vn.ocop.inspection.NewInspection;
import vn.ocop.inspection.NewPlan;
import vn.ocop.inspection.NewPlanItem;
import vn.ocop.inspection.Sanction;
import vn.ocop.inspection.SanctionDecision;
import vn.ocop.shared.document.CheckedUpload;

/**
 * Inspections over JSON: the year's plans with approval, inspections (planned or unplanned) with checklist,
 * findings with photos and conclusion, the office's decisions on proposed sanctions, the complaints queue.
 */
@RestController
@RequestMapping("/api/v1/inspections")
@Tag(name = "inspections", description = "Kế hoạch kiểm tra, kiểm tra, xử lý vi phạm, phản ánh / Inspections")
class InspectionApiController {

	record PlanRequest(@NotNull @Min(2019) @Max(2100) Integer year, @NotBlank @Size(max = 300) String title,
			@Nullable @Size(max = 1000) String agencies, @Nullable @Size(max = 50) Set<@NotNull ChecklistItem> checklist,
			@Nullable @Size(max = 2000) String note) {

		NewPlan toInput() {
			return new NewPlan(year, title, agencies, checklist, note);
		}
	}

	record PlanItemRequest(@NotNull UUID producerId, @Nullable UUID productId, @NotNull @Min(1) @Max(12) Integer month,
			@Nullable @Size(max = 500) String agencies) {
	}

	record PlanDecisionRequest(@NotNull Boolean approve, @Nullable @Size(max = 2000) String note) {
	}

	record InspectionRequest(@Nullable UUID planItemId, @Nullable UUID producerId, @Nullable UUID productId,
			@Nullable @Size(max = 40) String certificateCode, @NotNull LocalDate scheduledOn,
			@Nullable @Size(max = 64) String inspector, @Nullable @Size(max = 500) String agencies) {
	}

	record CheckRequest(@NotNull ChecklistItem item, @NotNull CheckResult result, @Nullable @Size(max = 1000) String note) {
	}

	record ChecksRequest(@NotEmpty @Size(max = 50) List<@NotNull @Valid CheckRequest> checks) {
	}

	record FindingRequest(@Nullable ChecklistItem item, @NotBlank @Size(max = 2000) String description,
			@Nullable Sanction sanction, @Nullable @Min(1) @Max(2) Integer starsDown) {
	}

	record ConclusionRequest(@NotBlank @Size(max = 4000) String conclusion, @Nullable LocalDate inspectedOn) {
	}

	record SanctionDecisionRequest(@NotNull Boolean follow, @Nullable @Size(max = 100) String decisionNumber,
			@Nullable LocalDate decisionDate, @Nullable @Size(max = 200) String signer,
			@Nullable @Size(max = 2000) String legalBasis, @Nullable @Size(max = 2000) String note) {
	}

	record ComplaintInspectionRequest(@NotNull LocalDate scheduledOn, @NotBlank @Size(max = 64) String inspector,
			@Nullable @Size(max = 500) String agencies) {
	}

	record DismissRequest(@NotBlank @Size(max = 1000) String note) {
	}

	private final InspectionManagement inspections;
	private final InspectionPlanning planning;
	private final SanctionDecisions sanctions;
	private final ComplaintManagement complaints;
	private final InspectionExports exports;

	InspectionApiController(InspectionManagement inspections, InspectionPlanning planning, SanctionDecisions sanctions,
			ComplaintManagement complaints, InspectionExports exports) {
		this.inspections = inspections;
		this.planning = planning;
		this.sanctions = sanctions;
		this.complaints = complaints;
		this.exports = exports;
	}

	// ---------------------------------------------------------------- plans

	@PostMapping("/plans")
	@Operation(summary = "Lập kế hoạch kiểm tra năm / Draft the year's inspection plan (office); 409 if the year has one")
	ResponseEntity<InspectionPlanView> createPlan(@Valid @RequestBody PlanRequest request) {
		var plan = planning.createPlan(request.toInput());
		return ResponseEntity.created(URI.create("/api/v1/inspections/plans/" + plan.id())).body(plan);
	}

	@GetMapping("/plans")
	@Operation(summary = "Các kế hoạch kiểm tra / Inspection plans, the newest year first")
	List<InspectionPlanView> plans() {
		return planning.plans();
	}

	@GetMapping("/plans/{id}")
	@Operation(summary = "Một kế hoạch kiểm tra / One plan with its lines")
	InspectionPlanView plan(@PathVariable UUID id) {
		return planning.plan(id);
	}

	@GetMapping("/plans/{id}/export.xlsx")
	@Operation(summary = "Xuất Excel kế hoạch kiểm tra / The plan's lines as .xlsx")
	ResponseEntity<byte[]> exportPlan(@PathVariable UUID id) {
		return InspectionPages.xlsx(exports.plan(id), "ke-hoach-kiem-tra.xlsx");
	}

	@PutMapping("/plans/{id}")
	@Operation(summary = "Sửa kế hoạch (nháp) / Change a draft or returned plan's description")
	InspectionPlanView describePlan(@PathVariable UUID id, @Valid @RequestBody PlanRequest request) {
		return planning.describePlan(id, request.toInput());
	}

	@PostMapping("/plans/{id}/items")
	@Operation(summary = "Thêm đối tượng kiểm tra / Add a producer (and product) to inspect in a month; 409 once submitted")
	InspectionPlanView addItem(@PathVariable UUID id, @Valid @RequestBody PlanItemRequest request) {
		return planning.addPlanItem(id, new NewPlanItem(request.producerId(), request.productId(), request.month(),
				request.agencies()));
	}

	@DeleteMapping("/plans/{id}/items/{itemId}")
	@Operation(summary = "Bỏ đối tượng kiểm tra / Remove a line from a draft plan")
	InspectionPlanView removeItem(@PathVariable UUID id, @PathVariable UUID itemId) {
		return planning.removePlanItem(id, itemId);
	}

	@PostMapping("/plans/{id}/submission")
	@Operation(summary = "Trình duyệt kế hoạch / Submit the plan for approval; 409 when empty or not a draft")
	InspectionPlanView submitPlan(@PathVariable UUID id) {
		return planning.submitPlan(id);
	}

	@PostMapping("/plans/{id}/decision")
	@Operation(summary = "Phê duyệt hoặc trả lại kế hoạch / Approve the submitted plan, or return it with a note")
	InspectionPlanView decidePlan(@PathVariable UUID id, @Valid @RequestBody PlanDecisionRequest request) {
		return planning.decidePlan(id, request.approve(), request.note());
	}

	// ---------------------------------------------------------------- inspections

	@PostMapping
	@Operation(summary = "Mở cuộc kiểm tra / Open an inspection: from a line of the approved plan (planned) or for a "
			+ "producer/product (unplanned); office")
	ResponseEntity<InspectionView> open(@Valid @RequestBody InspectionRequest request) {
		var inspection = inspections.open(new NewInspection(request.planItemId(), request.producerId(),
				request.productId(), request.certificateCode(), request.scheduledOn(), request.inspector(),
				request.agencies()));
		return ResponseEntity.created(URI.create("/api/v1/inspections/" + inspection.id())).body(inspection);
	}

	@GetMapping
	@Operation(summary = "Danh sách cuộc kiểm tra / Inspections visible to the caller, by year and status")
	List<InspectionView> list(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable InspectionStatus status) {
		return inspections.inspections(year, status);
	}

	@GetMapping("/awaiting-decision")
	@Operation(summary = "Chờ quyết định xử lý / Concluded inspections with a sanction awaiting the office")
	List<InspectionView> awaiting() {
		return inspections.awaitingDecision();
	}

	@GetMapping("/export.xlsx")
	@Operation(summary = "Xuất Excel các cuộc kiểm tra / Inspections as .xlsx")
	ResponseEntity<byte[]> export(@RequestParam(required = false) @Nullable Integer year) {
		return InspectionPages.xlsx(exports.inspections(year), "kiem-tra" + (year == null ? "" : "-" + year) + ".xlsx");
	}

	@GetMapping("/{id}")
	@Operation(summary = "Một cuộc kiểm tra / One inspection with its checklist, findings and conclusion")
	InspectionView inspection(@PathVariable UUID id) {
		return inspections.inspection(id);
	}

	@PutMapping("/{id}/checklist")
	@Operation(summary = "Ghi kết quả nội dung kiểm tra / Record checklist outcomes (assigned inspector or office)")
	InspectionView checklist(@PathVariable UUID id, @Valid @RequestBody ChecksRequest request) {
		return inspections.recordChecks(id, request.checks().stream()
				.map(c -> new CheckView(c.item(), c.result(), c.note())).toList());
	}

	@PostMapping("/{id}/findings")
	@Operation(summary = "Ghi phát hiện, đề xuất xử lý / Record a finding, optionally proposing a sanction (warning, "
			+ "downgrade by 1–2 stars, revocation)")
	ResponseEntity<FindingView> finding(@PathVariable UUID id, @Valid @RequestBody FindingRequest request) {
		var finding = inspections.addFinding(id, new NewFinding(request.item(), request.description(),
				request.sanction(), request.starsDown()));
		return ResponseEntity.created(URI.create("/api/v1/inspections/" + id + "/findings/" + finding.id())).body(finding);
	}

	@PostMapping(value = "/{id}/findings/{findingId}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Thêm ảnh cho phát hiện / Add a photo (JPEG, PNG, WebP) to a finding")
	ResponseEntity<FindingView> photo(@PathVariable UUID id, @PathVariable UUID findingId,
			@RequestPart("file") MultipartFile file) throws IOException {
		return ResponseEntity.status(201).body(inspections.addPhoto(id, findingId, file.getBytes()));
	}

	@GetMapping("/{id}/findings/{findingId}/photos/{index}")
	@Operation(summary = "Ảnh của phát hiện / A finding's photo")
	ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable UUID findingId, @PathVariable int index) {
		byte[] bytes = inspections.photo(id, findingId, index);
		return ResponseEntity.ok().cacheControl(CacheControl.noCache().cachePrivate())
				.contentType(MediaType.parseMediaType(CheckedUpload.detect(bytes))).body(bytes);
	}

	@PostMapping("/{id}/conclusion")
	@Operation(summary = "Kết luận kiểm tra / Conclude the inspection: locks it; proposed sanctions go to the office")
	InspectionView conclude(@PathVariable UUID id, @Valid @RequestBody ConclusionRequest request) {
		return inspections.conclude(id, request.conclusion(), request.inspectedOn());
	}

	@PostMapping("/findings/{findingId}/decision")
	@Operation(summary = "Quyết định xử lý / The office decides a proposed sanction: a followed downgrade or "
			+ "revocation is applied to the certificate by the certification decision (number and date required)")
	FindingView decide(@PathVariable UUID findingId, @Valid @RequestBody SanctionDecisionRequest request) {
		return sanctions.decide(findingId, new SanctionDecision(request.follow(), request.decisionNumber(),
				request.decisionDate(), request.signer(), request.legalBasis(), request.note()));
	}

	// ---------------------------------------------------------------- complaints

	@GetMapping("/complaints")
	@Operation(summary = "Hàng đợi phản ánh / Public complaints (office and inspectors), the newest first")
	List<ComplaintView> complaints(@RequestParam(required = false) @Nullable ComplaintStatus status) {
		return complaints.queue(status);
	}

	@GetMapping("/complaints/export.xlsx")
	@Operation(summary = "Xuất Excel phản ánh / Complaints as .xlsx")
	ResponseEntity<byte[]> exportComplaints() {
		return InspectionPages.xlsx(exports.complaints(), "phan-anh.xlsx");
	}

	@GetMapping("/complaints/{id}")
	@Operation(summary = "Một phản ánh / One complaint")
	ComplaintView complaint(@PathVariable UUID id) {
		return complaints.complaint(id);
	}

	@GetMapping("/complaints/{id}/photo")
	@Operation(summary = "Ảnh kèm phản ánh / The complaint's photo")
	ResponseEntity<byte[]> complaintPhoto(@PathVariable UUID id) {
		var photo = complaints.photo(id);
		return ResponseEntity.ok().cacheControl(CacheControl.noCache().cachePrivate())
				.contentType(MediaType.parseMediaType(photo.contentType())).body(photo.content());
	}

	@PostMapping("/complaints/{id}/inspection")
	@Operation(summary = "Mở kiểm tra từ phản ánh / Open an unplanned inspection of the product from a complaint")
	ResponseEntity<InspectionView> inspectComplaint(@PathVariable UUID id,
			@Valid @RequestBody ComplaintInspectionRequest request) {
		var inspection = complaints.openInspection(id, request.scheduledOn(), request.inspector(), request.agencies());
		return ResponseEntity.created(URI.create("/api/v1/inspections/" + inspection.id())).body(inspection);
	}

	@PostMapping("/complaints/{id}/dismissal")
	@Operation(summary = "Đóng phản ánh / Close a complaint without an inspection, with the reason")
	ComplaintView dismiss(@PathVariable UUID id, @Valid @RequestBody DismissRequest request) {
		return complaints.dismiss(id, request.note());
	}
}
