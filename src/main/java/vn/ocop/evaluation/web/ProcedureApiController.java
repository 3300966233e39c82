package vn.ocop.evaluation.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.ocop.evaluation.Attendance;
import vn.ocop.evaluation.AttendanceStatus;
import vn.ocop.evaluation.CouncilProcedure;
import vn.ocop.evaluation.DivergenceSettlement;
import vn.ocop.evaluation.EvaluationView;
import vn.ocop.evaluation.MarkedCriterion;

/**
 * The meeting's procedure over JSON, recorded by the chair or the secretary: attendance, the case that applies, the disqualifier check, agreed answers on criteria with star minimums, settled divergences.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "evaluation", description = "Đánh giá, phân hạng sản phẩm / Evaluation and star ranking")
class ProcedureApiController {

	record AttendanceRequest(@NotEmpty @Size(max = 50) List<@NotNull @Valid Entry> members) {

		record Entry(@NotBlank @Size(max = 64) String username, @NotNull AttendanceStatus status,
				@Nullable @Size(max = 500) String note) {
		}
	}

	record CaseRequest(@NotNull @Min(1) @Max(9) Integer caseNumber) {
	}

	record DisqualifierRequest(@NotNull Boolean disqualified, @Nullable @Size(max = 1000) String reason) {
	}

	record AgreedAnswersRequest(@NotEmpty @Size(max = 200) Map<@NotBlank @Size(max = 16) String, @NotNull @Min(0) @Max(99) Integer> answers) {
	}

	record DivergenceRequest(@NotBlank @Size(max = 2000) String record) {
	}

	private final CouncilProcedure procedure;
	private final DivergenceSettlement divergences;

	ProcedureApiController(CouncilProcedure procedure, DivergenceSettlement divergences) {
		this.procedure = procedure;
		this.divergences = divergences;
	}

	@PutMapping("/evaluations/{id}/attendance")
	@Operation(summary = "Điểm danh thành viên (chủ tịch hoặc thư ký) / Record the meeting's attendance: every member "
			+ "PRESENT, ABSENT, EXCUSED or CONFLICT; the quorum is worked out from it")
	EvaluationView attendance(@PathVariable UUID id, @Valid @RequestBody AttendanceRequest request) {
		return procedure.recordAttendance(id, request.members().stream()
				.map(e -> new Attendance(e.username(), e.status(), e.note())).toList());
	}

	@PutMapping("/evaluations/{id}/products/{productId}/case")
	@Operation(summary = "Trường hợp áp dụng cho tiêu chí \"lựa chọn một trong hai trường hợp\" / The case of "
			+ "\"one of two cases\" criteria that applies to the producer, before scoring")
	EvaluationView chooseCase(@PathVariable UUID id, @PathVariable UUID productId, @Valid @RequestBody CaseRequest request) {
		return procedure.chooseCase(id, productId, request.caseNumber());
	}

	@PutMapping("/evaluations/{id}/products/{productId}/disqualifier-check")
	@Operation(summary = "Kiểm tra điều kiện loại hồ sơ trước khi chấm / Record the check of the scorecard's "
			+ "disqualifiers before scoring: passed, or disqualified with the reason")
	EvaluationView disqualifiers(@PathVariable UUID id, @PathVariable UUID productId,
			@Valid @RequestBody DisqualifierRequest request) {
		return procedure.checkDisqualifiers(id, productId, request.disqualified(), request.reason());
	}

	@GetMapping("/evaluations/{id}/products/{productId}/marked-criteria")
	@Operation(summary = "Tiêu chí có yêu cầu tối thiểu theo hạng sao / The criteria with star minimums: each "
			+ "member's answer and the council's answer so far")
	List<MarkedCriterion> markedCriteria(@PathVariable UUID id, @PathVariable UUID productId) {
		return procedure.markedCriteria(id, productId);
	}

	@PutMapping("/evaluations/{id}/products/{productId}/agreed-answers")
	@Operation(summary = "Chủ tịch ghi nhận ý kiến thống nhất của hội đồng về tiêu chí có dấu sao / The chair records "
			+ "the council's agreed answer on criteria with star minimums (option 0: nothing ticked)")
	EvaluationView agreedAnswers(@PathVariable UUID id, @PathVariable UUID productId,
			@Valid @RequestBody AgreedAnswersRequest request) {
		return procedure.recordAgreedAnswers(id, productId, request.answers());
	}

	@PutMapping("/evaluations/{id}/products/{productId}/divergence-settlement")
	@Operation(summary = "Chủ tịch ghi nhận kết luận thống nhất khi điểm chênh lệch / The chair records the council's "
			+ "agreed outcome of a divergence above the spread threshold")
	EvaluationView settleDivergence(@PathVariable UUID id, @PathVariable UUID productId,
			@Valid @RequestBody DivergenceRequest request) {
		return divergences.settleDivergence(id, productId, request.record());
	}
}
