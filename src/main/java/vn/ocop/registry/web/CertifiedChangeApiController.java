package vn.ocop.registry.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import vn.ocop.registry.CertifiedChange;
import vn.ocop.registry.CertifiedChangeView;
import vn.ocop.registry.CertifiedChanges;

/** Changes to what a certificate recognised: the producer asks, the provincial office decides. */
@RestController
@RequestMapping("/api/v1")
@Validated
@Tag(name = "registry", description = "Chủ thể, sản phẩm và chu trình OCOP / Producers, products and the OCOP cycle")
class CertifiedChangeApiController {

	record DecisionRequest(@Nullable @Size(max = 2000) String note) {
	}

	private final CertifiedChanges changes;

	CertifiedChangeApiController(CertifiedChanges changes) {
		this.changes = changes;
	}

	@PostMapping("/products/{id}/certified-changes")
	@Operation(summary = "Đề nghị thay đổi tên, bộ sản phẩm, bao bì, câu chuyện của sản phẩm đã chứng nhận / Ask the "
			+ "office to change what the certificate recognised (409 while another request is pending)")
	ResponseEntity<CertifiedChangeView> request(@PathVariable UUID id, @Valid @RequestBody CertifiedChange change) {
		var view = changes.request(id, change);
		return ResponseEntity.created(URI.create("/api/v1/certified-changes/" + view.id())).body(view);
	}

	@GetMapping("/products/{id}/certified-changes")
	List<CertifiedChangeView> ofProduct(@PathVariable UUID id) {
		return changes.forProduct(id);
	}

	@GetMapping("/certified-changes")
	@Operation(summary = "Đề nghị đang chờ trong phạm vi / Requests waiting for a decision in the officer's area")
	List<CertifiedChangeView> pending() {
		return changes.pending();
	}

	@GetMapping("/certified-changes/{id}")
	CertifiedChangeView get(@PathVariable UUID id) {
		return changes.get(id);
	}

	@PostMapping("/certified-changes/{id}/approval")
	@Operation(summary = "Văn phòng điều phối chấp thuận / The office approves: the product and its certificate take "
			+ "the new details")
	CertifiedChangeView approve(@PathVariable UUID id, @Valid @RequestBody(required = false) @Nullable DecisionRequest request) {
		return changes.approve(id, request == null ? null : request.note());
	}

	@PostMapping("/certified-changes/{id}/rejection")
	@Operation(summary = "Văn phòng điều phối từ chối, có lý do / The office rejects, with a reason")
	CertifiedChangeView reject(@PathVariable UUID id, @Valid @RequestBody(required = false) @Nullable DecisionRequest request) {
		return changes.reject(id, request == null ? null : request.note());
	}
}
