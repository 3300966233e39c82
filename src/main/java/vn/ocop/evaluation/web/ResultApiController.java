package vn.ocop.evaluation.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.ocop.evaluation.CentralCouncil;
import vn.ocop.evaluation.CentralCouncilResult;
import vn.ocop.evaluation.EvaluationResults;
import vn.ocop.evaluation.ProductEvaluation;
import vn.ocop.shared.NotFoundException;

/**
 * A product's results over JSON: at every level, and the central council's result with its minutes.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "evaluation", description = "Đánh giá, phân hạng sản phẩm / Evaluation and star ranking")
class ResultApiController {

	/** The central council's result as its minutes give it. */
	record CentralResultRequest(@NotNull BigDecimal score, @NotNull @Min(1) @Max(5) Integer proposedStars,
			@NotNull LocalDate evaluatedOn,
			@NotBlank @Size(max = 200) String minutesReference) {
	}

	private final CentralCouncil central;
	private final EvaluationResults results;

	ResultApiController(CentralCouncil central, EvaluationResults results) {
		this.central = central;
		this.results = results;
	}

	@GetMapping("/products/{productId}/evaluations")
	@Operation(summary = "Kết quả đánh giá của một sản phẩm qua các cấp / A product's results at every level")
	List<ProductEvaluation> productEvaluations(@PathVariable UUID productId) {
		return results.productEvaluations(productId);
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
}
