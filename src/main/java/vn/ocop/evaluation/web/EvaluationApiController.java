package vn.ocop.evaluation.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
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
import vn.ocop.evaluation.Attendance;
import vn.ocop.evaluation.AttendanceStatus;
import vn.ocop.evaluation.CouncilRules;
import vn.ocop.evaluation.CouncilView;
import vn.ocop.evaluation.CentralCouncil;
import vn.ocop.evaluation.CentralCouncilResult;
import vn.ocop.evaluation.CouncilProcedure;
import vn.ocop.evaluation.CouncilSetup;
import vn.ocop.evaluation.DivergenceSettlement;
import vn.ocop.evaluation.EvaluationResults;
import vn.ocop.evaluation.EvaluationView;
import vn.ocop.evaluation.MarkedCriterion;
import vn.ocop.evaluation.NewCouncil;
import vn.ocop.evaluation.ProductEvaluation;
import vn.ocop.evaluation.Progress;
import vn.ocop.evaluation.Scoring;
import vn.ocop.evaluation.ScoringView;
import vn.ocop.evaluation.SessionClosing;
import vn.ocop.evaluation.SessionPlanning;
import vn.ocop.evaluation.SessionProgress;
import vn.ocop.evaluation.SessionResults;
import vn.ocop.shared.NotFoundException;

/**
 * Councils, sessions, members' scorecards and results over JSON.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "evaluation", description = "Đánh giá, phân hạng sản phẩm / Evaluation and star ranking")
class EvaluationApiController {

	record Created(UUID id) {
	}

	record OpenRequest(@NotNull UUID councilId, @NotEmpty List<@NotNull UUID> productIds) {
	}

	record ScorecardRequest(@NotNull Map<String, @Nullable Integer> selections, @Nullable Boolean submit) {
	}

	record ScorecardResponse(int total, boolean complete, List<String> unanswered, String status, int round) {

		static ScorecardResponse of(ScoringView view) {
			return new ScorecardResponse(view.total(), view.complete(), view.unanswered(), view.status().name(), view.round());
		}
	}

	record ConflictRequest(@NotBlank @Size(max = 1000) String reason) {
	}

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

	private final CouncilSetup councils;
	private final SessionPlanning sessions;
	private final Scoring scoring;
	private final CouncilProcedure procedure;
	private final DivergenceSettlement divergences;
	private final SessionProgress progress;
	private final SessionClosing closing;
	private final EvaluationResults results;
	private final CentralCouncil central;

	EvaluationApiController(CouncilSetup councils, SessionPlanning sessions, Scoring scoring,
			CouncilProcedure procedure, DivergenceSettlement divergences, SessionProgress progress,
			SessionClosing closing, EvaluationResults results, CentralCouncil central) {
		this.councils = councils;
		this.sessions = sessions;
		this.scoring = scoring;
		this.procedure = procedure;
		this.divergences = divergences;
		this.progress = progress;
		this.closing = closing;
		this.results = results;
		this.central = central;
	}

	/** The central council's result as its minutes give it. */
	record CentralResultRequest(@NotNull java.math.BigDecimal score, @NotNull @Min(1) @Max(5) Integer proposedStars,
			@NotNull java.time.LocalDate evaluatedOn, @jakarta.validation.constraints.NotBlank
			@jakarta.validation.constraints.Size(max = 200) String minutesReference) {
	}

	@PostMapping("/products/{productId}/central-result")
	@Operation(summary = "Ghi kết quả đánh giá của Hội đồng Trung ương (văn phòng tỉnh) / Record the central "
			+ "council's result for a product passed on to it: 5★ proposed leads to the Minister's recognition, fewer "
			+ "rates the product at the province on its result; 409 unless it waits for it")
	ResponseEntity<CentralCouncilResult> centralResult(@PathVariable UUID productId,
			@Valid @RequestBody CentralResultRequest request) {
		var recorded = central.record(productId, new CentralCouncil.NewResult(request.score(),
				request.proposedStars(), request.evaluatedOn(), request.minutesReference()));
		return ResponseEntity.status(201).body(recorded);
	}

	@GetMapping("/products/{productId}/central-result")
	@Operation(summary = "Kết quả của Hội đồng Trung ương / The central council's result for the product's latest "
			+ "passing on, with its attached minutes if any; 404 when none is recorded")
	CentralCouncilResult centralResultOf(@PathVariable UUID productId) {
		return central.result(productId)
				.orElseThrow(() -> new NotFoundException("evaluation.central.notFound", productId));
	}

	@PostMapping(path = "/products/{productId}/central-result/minutes", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Đính kèm biên bản của Hội đồng Trung ương (văn phòng tỉnh) / Attach the central council's "
			+ "minutes or result document: PDF, JPEG or PNG by its content; a later file replaces it")
	CentralCouncilResult attachCentralMinutes(@PathVariable UUID productId, @RequestPart("file") MultipartFile file)
			throws IOException {
		return central.attachMinutes(productId, file.getOriginalFilename(), file.getInputStream());
	}

	@GetMapping("/products/{productId}/central-result/minutes")
	@Operation(summary = "Tải biên bản của Hội đồng Trung ương / Download the central council's attached minutes; "
			+ "404 when none")
	ResponseEntity<InputStreamResource> centralMinutes(@PathVariable UUID productId) throws IOException {
		return CentralMinutesDownload.of(central.minutes(productId));
	}

	@PostMapping("/councils")
	@Operation(summary = "Thành lập hội đồng / Set up a council")
	ResponseEntity<Created> createCouncil(@Valid @RequestBody NewCouncil council) {
		var created = councils.createCouncil(council);
		return ResponseEntity.created(URI.create("/api/v1/councils/" + created.id())).body(new Created(created.id()));
	}

	@GetMapping("/councils")
	List<CouncilView> councils() {
		return councils.councils();
	}

	@GetMapping("/councils/{id}")
	CouncilView council(@PathVariable UUID id) {
		return councils.council(id);
	}

	@PutMapping("/councils/{id}/rules")
	@Operation(summary = "Quy chế hoạt động của hội đồng / The council's operating rules (quorum, spread threshold, "
			+ "re-scoring); sessions already opened keep theirs")
	CouncilView changeRules(@PathVariable UUID id, @Valid @RequestBody CouncilRules rules) {
		return councils.changeRules(id, rules);
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

	@GetMapping("/products/{productId}/evaluations")
	@Operation(summary = "Kết quả đánh giá của một sản phẩm qua các cấp / A product's results at every level")
	List<ProductEvaluation> productEvaluations(@PathVariable UUID productId) {
		return results.productEvaluations(productId);
	}
}
