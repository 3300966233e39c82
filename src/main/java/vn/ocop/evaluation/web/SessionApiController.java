package vn.ocop.evaluation.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import vn.ocop.evaluation.EvaluationResults;
import vn.ocop.evaluation.EvaluationView;
import vn.ocop.evaluation.Progress;
import vn.ocop.evaluation.SessionClosing;
import vn.ocop.evaluation.SessionPlanning;
import vn.ocop.evaluation.SessionProgress;
import vn.ocop.evaluation.SessionResults;

/**
 * Evaluation sessions over JSON: opening one over a batch of products, its live progress, closing it and its results.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "evaluation", description = "Đánh giá, phân hạng sản phẩm / Evaluation and star ranking")
class SessionApiController {

	record Created(UUID id) {
	}

	record OpenRequest(@NotNull UUID councilId, @NotEmpty List<@NotNull UUID> productIds) {
	}

	private final SessionPlanning sessions;
	private final SessionProgress progress;
	private final SessionClosing closing;
	private final EvaluationResults results;

	SessionApiController(SessionPlanning sessions, SessionProgress progress, SessionClosing closing, EvaluationResults results) {
		this.sessions = sessions;
		this.progress = progress;
		this.closing = closing;
		this.results = results;
	}

	@PostMapping("/evaluations")
	@Operation(summary = "Mở phiên đánh giá / Open a session over a batch of products (they become UNDER_EVALUATION)")
	ResponseEntity<Created> open(@Valid @RequestBody OpenRequest request) {
		var opened = sessions.open(request.councilId(), request.productIds());
		return ResponseEntity.created(URI.create("/api/v1/evaluations/" + opened.id())).body(new Created(opened.id()));
	}

	@GetMapping("/evaluations")
	List<EvaluationView> evaluations() {
		return sessions.evaluations();
	}

	@GetMapping("/evaluations/{id}")
	EvaluationView session(@PathVariable UUID id) {
		return sessions.evaluation(id);
	}

	@GetMapping("/evaluations/{id}/progress")
	@Operation(summary = "Tiến độ chấm / Live progress: who scored what, divergences, quorum")
	Progress progress(@PathVariable UUID id) {
		return progress.progress(id);
	}

	@PostMapping("/evaluations/{id}/close")
	@Operation(summary = "Kết thúc phiên (chủ tịch hoặc thư ký) / Close the session (chair or secretary); 409 listing "
			+ "what is missing: attendance or quorum, scorecards, disqualifier checks, unsettled divergences, agreed "
			+ "answers on criteria with star minimums")
	SessionResults close(@PathVariable UUID id) {
		return closing.close(id);
	}

	@GetMapping("/evaluations/{id}/results")
	SessionResults results(@PathVariable UUID id) {
		return results.results(id);
	}
}
