package vn.ocop.certification.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ocop.certification.DecisionDocument;
import vn.ocop.certification.DecisionFilter;
import vn.ocop.certification.DecisionKind;
import vn.ocop.certification.DecisionRegister;
import vn.ocop.certification.IssuingLevel;

/**
 * Certification decisions over JSON and as the signed PDF: the recognition decision with its annex of products,
 * producers, stars and scores; downgrade and revocation decisions with their ground. Readable by whoever may see one
 * of the certificates the decision concerns.
 */
@RestController
@RequestMapping("/api/v1/decisions")
@Tag(name = "certification", description = "Cấp, hạ sao, thu hồi giấy chứng nhận OCOP / Certificates")
class DecisionApiController {

	private final DecisionRegister register;

	DecisionApiController(DecisionRegister register) {
		this.register = register;
	}

	@GetMapping
	@Operation(summary = "Sổ quyết định: các quyết định công nhận (hoặc hạ sao, thu hồi) đã ban hành, lọc theo năm, cấp, "
			+ "văn bản; mỗi quyết định với cơ quan, khối chữ ký và các sản phẩm (mỗi sản phẩm theo văn bản của nó) / The "
			+ "register of decisions: recognitions (or downgrades, revocations) by year, level and regulation, newest "
			+ "first, each with its authority, signature block and products, each product under its own regulation")
	List<DecisionDocument> decisions(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable IssuingLevel level,
			@RequestParam(required = false) @Nullable String regulation,
			@RequestParam(required = false) @Nullable DecisionKind kind) {
		return register.decisions(new DecisionFilter(year, level,
				regulation == null || regulation.isBlank() ? null : regulation, kind));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Quyết định và danh sách sản phẩm / A decision with its authority, signature block and the "
			+ "products it concerns")
	DecisionDocument decision(@PathVariable UUID id) {
		return register.decision(id);
	}

	@GetMapping("/{id}/pdf")
	@Operation(summary = "Quyết định (PDF, A4) / The decision as signed, with its annex")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		return pdf(id, register.decisionPdf(id));
	}

	static ResponseEntity<byte[]> pdf(UUID id, byte[] body) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("quyet-dinh-ocop-" + id + ".pdf").build().toString())
				.header(HttpHeaders.CACHE_CONTROL, "private, no-cache").body(body);
	}
}
