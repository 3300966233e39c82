package vn.ocop.evaluation.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.ocop.evaluation.Scoring;
import vn.ocop.evaluation.ScoringView;

/**
 * A council member's scorecard over JSON: picks, submission, re-scoring after a divergence, a declared conflict of interest.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "evaluation", description = "Đánh giá, phân hạng sản phẩm / Evaluation and star ranking")
class ScoringApiController {

	record ScorecardRequest(@NotNull Map<String, @Nullable Integer> selections, @Nullable Boolean submit) {
	}

	record ScorecardResponse(int total, boolean complete, List<String> unanswered, String status, int round) {

		static ScorecardResponse of(ScoringView view) {
			return new ScorecardResponse(view.total(), view.complete(), view.unanswered(), view.status().name(), view.round());
		}
	}

	record ConflictRequest(@NotBlank @Size(max = 1000) String reason) {
	}

	private final Scoring scoring;

	ScoringApiController(Scoring scoring) {
		this.scoring = scoring;
	}

	@GetMapping("/evaluations/{id}/products/{productId}/scorecard")
	@Operation(summary = "Phiếu chấm của thành viên đang đăng nhập / The signed-in member's scorecard")
	ScoringView scorecard(@PathVariable UUID id, @PathVariable UUID productId) {
		return scoring.scoring(id, productId);
	}

	@PutMapping("/evaluations/{id}/products/{productId}/scorecard")
	@Operation(summary = "Lưu lựa chọn (và nộp với submit=true) / Save picks (and submit with submit=true); 422 naming "
			+ "unknown criteria or options, or unanswered criteria on submission; 403 for non-members")
	ScorecardResponse save(@PathVariable UUID id, @PathVariable UUID productId, @Valid @RequestBody ScorecardRequest request) {
		return ScorecardResponse.of(scoring.save(id, productId, request.selections(), Boolean.TRUE.equals(request.submit())));
	}

	@PostMapping("/evaluations/{id}/products/{productId}/scorecard/submission")
	@Operation(summary = "Nộp phiếu chấm / Submit the scorecard")
	ScorecardResponse submit(@PathVariable UUID id, @PathVariable UUID productId) {
		return ScorecardResponse.of(scoring.save(id, productId, Map.of(), true));
	}

	@PostMapping("/evaluations/{id}/products/{productId}/rescoring")
	@Operation(summary = "Chấm lại sau thảo luận (khi lệch quá ngưỡng của hội đồng) / Re-score after discussion of a "
			+ "divergence, as often as the council's rules allow")
	ScorecardResponse rescore(@PathVariable UUID id, @PathVariable UUID productId) {
		return ScorecardResponse.of(scoring.rescore(id, productId));
	}

	@PostMapping("/evaluations/{id}/products/{productId}/conflict")
	@Operation(summary = "Khai báo xung đột lợi ích / Declare a conflict of interest")
	ResponseEntity<Void> conflict(@PathVariable UUID id, @PathVariable UUID productId,
			@Valid @RequestBody ConflictRequest request) {
		scoring.declareConflict(id, productId, request.reason());
		return ResponseEntity.noContent().build();
	}
}
