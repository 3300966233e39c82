package vn.ocop.certification.web;

import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ocop.certification.CertificationManagement;
import vn.ocop.certification.DecisionDocument;

/**
 * Certification decisions over JSON and as the signed PDF: the recognition decision with its annex of products,
 * producers, stars and scores; downgrade and revocation decisions with their ground. Readable by whoever may see one
 * of the certificates the decision concerns.
 */
@RestController
@RequestMapping("/api/v1/decisions")
@Tag(name = "certification", description = "Cấp, hạ sao, thu hồi giấy chứng nhận OCOP / Certificates")
class DecisionApiController {

	private final CertificationManagement certification;

	DecisionApiController(CertificationManagement certification) {
		this.certification = certification;
	}

	@GetMapping("/{id}")
	@Operation(summary = "Quyết định và danh sách sản phẩm / A decision with its authority, signature block and the "
			+ "products it concerns")
	DecisionDocument decision(@PathVariable UUID id) {
		return certification.decision(id);
	}

	@GetMapping("/{id}/pdf")
	@Operation(summary = "Quyết định (PDF, A4) / The decision as signed, with its annex")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		return pdf(id, certification.decisionPdf(id));
	}

	static ResponseEntity<byte[]> pdf(UUID id, byte[] body) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("quyet-dinh-ocop-" + id + ".pdf").build().toString())
				.header(HttpHeaders.CACHE_CONTROL, "private, no-cache").body(body);
	}
}
