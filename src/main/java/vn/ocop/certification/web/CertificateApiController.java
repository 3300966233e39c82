package vn.ocop.certification.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
import vn.ocop.certification.CertificateChangeView;
import vn.ocop.certification.CertificateFilter;
import vn.ocop.certification.CertificateStatus;
import vn.ocop.certification.CertificateView;
import vn.ocop.certification.CertificateDocuments;
import vn.ocop.certification.CertificateIssuing;
import vn.ocop.certification.CertificateQueries;
import vn.ocop.certification.DowngradeAndRevocation;
import vn.ocop.certification.NewDecision;
import vn.ocop.certification.IssuingLevel;
import vn.ocop.certification.NotificationView;
import vn.ocop.certification.RevocationRules;
import vn.ocop.certification.SignerCapacity;

/**
 * Certificates over JSON: issue (one or in bulk), read, download the PDF and the labels, downgrade and revoke
 * (one or in bulk), and the officers' list with "expiring soon".
 */
@RestController
@RequestMapping("/api/v1/certificates")
@Tag(name = "certification", description = "Cấp, hạ sao, thu hồi giấy chứng nhận OCOP / Certificates")
class CertificateApiController {

	/**
	 * @param level the level whose authority decided (default: the caller's unit; the province may record a CENTRAL
	 *        decision of the Minister)
	 * @param capacity HEAD or DEPUTY (default) signed
	 * @param stars for a CENTRAL decision: the stars it recognises (default 5)
	 */
	record IssueRequest(@NotNull UUID productId, @NotBlank @Size(max = 100) String decisionNumber,
			@NotNull LocalDate decisionDate, @NotBlank @Size(max = 200) String signer,
			@Nullable @Size(max = 300) String authority, @Nullable IssuingLevel level, @Nullable SignerCapacity capacity,
			@Nullable @Min(3) @Max(5) Integer stars) {

		NewDecision decision() {
			return new NewDecision(decisionNumber, decisionDate, signer, authority, null, null, level, capacity, stars,
					null, null);
		}
	}

	record BulkIssueRequest(@NotBlank @Size(max = 100) String decisionNumber, @NotNull LocalDate decisionDate,
			@NotBlank @Size(max = 200) String signer, @Nullable @Size(max = 300) String authority,
			@NotEmpty @Size(max = 1000) List<@NotNull UUID> productIds, @Nullable IssuingLevel level,
			@Nullable SignerCapacity capacity, @Nullable @Min(3) @Max(5) Integer stars) {

		NewDecision decision() {
			return new NewDecision(decisionNumber, decisionDate, signer, authority, null, null, level, capacity, stars,
					null, null);
		}
	}

	record BulkIssued(String decisionNumber, LocalDate decisionDate, List<CertificateView> certificates) {
	}

	record DowngradeRequest(@NotNull @Min(1) @Max(5) Integer stars, @NotBlank @Size(max = 2000) String reason,
			@NotBlank @Size(max = 100) String decisionNumber, @NotNull LocalDate decisionDate,
			@Nullable @Size(max = 2000) String legalBasis, @Nullable @Size(max = 200) String signer,
			@Nullable @Size(max = 300) String authority, @Nullable IssuingLevel level,
			@Nullable SignerCapacity capacity) {
	}

	/**
	 * @param groundCode the legal ground, one of {@code GET /api/v1/certificates/revocation-grounds} of the decision's
	 *        day (26/2026/QĐ-TTg Điều 8); required
	 * @param groundsEstablishedOn the day of the conclusion the ground rests on (the 15-day deadline runs from it)
	 */
	record RevokeRequest(@NotBlank @Size(max = 2000) String reason, @NotBlank @Size(max = 100) String decisionNumber,
			@NotNull LocalDate decisionDate, @Nullable @Size(max = 2000) String legalBasis,
			@Nullable @Size(max = 200) String signer, @Nullable @Size(max = 300) String authority,
			@Nullable @Size(max = 32) String groundCode, @Nullable LocalDate groundsEstablishedOn,
			@Nullable IssuingLevel level, @Nullable SignerCapacity capacity) {
	}

	record BulkRevokeRequest(@NotEmpty @Size(max = 1000) List<@NotBlank String> codes,
			@NotBlank @Size(max = 2000) String reason, @NotBlank @Size(max = 100) String decisionNumber,
			@NotNull LocalDate decisionDate, @Nullable @Size(max = 2000) String legalBasis,
			@Nullable @Size(max = 200) String signer, @Nullable @Size(max = 300) String authority,
			@Nullable @Size(max = 32) String groundCode, @Nullable LocalDate groundsEstablishedOn,
			@Nullable IssuingLevel level, @Nullable SignerCapacity capacity) {
	}

	record BulkRevoked(String decisionNumber, LocalDate decisionDate, List<CertificateView> certificates) {
	}

	private final CertificateQueries certification;
	private final CertificateIssuing issuing;
	private final DowngradeAndRevocation decisions;
	private final CertificateDocuments documents;

	CertificateApiController(CertificateQueries certification, CertificateIssuing issuing,
			DowngradeAndRevocation decisions, CertificateDocuments documents) {
		this.certification = certification;
		this.issuing = issuing;
		this.decisions = decisions;
		this.documents = documents;
	}

	@PostMapping
	@Operation(summary = "Ghi quyết định công nhận và cấp giấy chứng nhận / Record the recognition decision and issue "
			+ "the certificate; 409 unless the product is RATED at 3★+, 422 for a future decision date")
	ResponseEntity<CertificateView> issue(@Valid @RequestBody IssueRequest request) {
		var issued = issuing.issue(request.productId(), request.decision());
		return ResponseEntity.created(URI.create("/api/v1/certificates/" + issued.code())).body(issued);
	}

	@PostMapping("/bulk")
	@Operation(summary = "Cấp hàng loạt theo một quyết định / Issue for many products under one decision: all or "
			+ "nothing, 409 listing the refused products in 'refused'")
	ResponseEntity<BulkIssued> issueAll(@Valid @RequestBody BulkIssueRequest request) {
		var issued = issuing.issueAll(request.productIds(), request.decision());
		return ResponseEntity.status(201).body(new BulkIssued(request.decisionNumber(), request.decisionDate(), issued));
	}

	@GetMapping
	@Operation(summary = "Danh sách giấy chứng nhận trong phạm vi / Certificates in the caller's area, by status today "
			+ "or expiring within N days")
	List<CertificateView> list(@RequestParam(required = false) @Nullable CertificateStatus status,
			@RequestParam(required = false) @Nullable @Min(0) @Max(3650) Integer expiringWithinDays,
			@RequestParam(required = false) @Nullable String q) {
		return certification.certificates(new CertificateFilter(status, expiringWithinDays, q));
	}

	@GetMapping("/mine")
	@Operation(summary = "Giấy chứng nhận của chủ thể / The certificates of the producers the account acts for")
	List<CertificateView> mine() {
		return certification.mine();
	}

	@GetMapping("/notifications")
	@Operation(summary = "Thông báo (nhắc hết hạn, hạ sao, thu hồi) / In-app notices for the caller")
	List<NotificationView> notifications(@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
		return certification.notifications(limit);
	}

	@GetMapping("/revocation-grounds")
	@Operation(summary = "Căn cứ thu hồi theo quy định có hiệu lực / The legal grounds of revocation of the regulation "
			+ "in force on the day (default today), with the deadline for delivering the decision")
	RevocationRules revocationGrounds(@RequestParam(required = false) @Nullable LocalDate date) {
		return decisions.revocationRules(date == null ? LocalDate.now() : date);
	}

	@GetMapping("/{code}")
	CertificateView certificate(@PathVariable String code) {
		return certification.certificate(code);
	}

	@GetMapping("/{code}/history")
	List<CertificateChangeView> history(@PathVariable String code) {
		return certification.history(code);
	}

	@GetMapping("/{code}/pdf")
	@Operation(summary = "Giấy chứng nhận (PDF, A4) / The certificate as PDF")
	ResponseEntity<byte[]> pdf(@PathVariable String code) {
		return CertificationDownloads.pdf(code, documents.pdf(code));
	}

	@GetMapping("/{code}/label.png")
	@Operation(summary = "Tem nhãn OCOP (PNG) / Print-ready OCOP label as PNG; 409 unless in force")
	ResponseEntity<byte[]> labelPng(@PathVariable String code) {
		return CertificationDownloads.png(code, documents.labelPng(code));
	}

	@GetMapping("/{code}/label.svg")
	@Operation(summary = "Tem nhãn OCOP (SVG) / Print-ready OCOP label as SVG; 409 unless in force")
	ResponseEntity<String> labelSvg(@PathVariable String code) {
		return CertificationDownloads.svg(code, documents.labelSvg(code));
	}

	@PostMapping("/{code}/downgrade")
	@Operation(summary = "Hạ sao theo quyết định / Lower the stars by a decision; effective at once")
	CertificateView downgrade(@PathVariable String code, @Valid @RequestBody DowngradeRequest request) {
		return decisions.downgrade(code, request.stars(), new NewDecision(request.decisionNumber(),
				request.decisionDate(), request.signer(), request.authority(), request.reason(), request.legalBasis())
				.at(request.level(), request.capacity()));
	}

	@PostMapping("/{code}/revoke")
	@Operation(summary = "Thu hồi theo quyết định / Revoke by a decision; effective at once")
	CertificateView revoke(@PathVariable String code, @Valid @RequestBody RevokeRequest request) {
		return decisions.revoke(code, new NewDecision(request.decisionNumber(), request.decisionDate(),
				request.signer(), request.authority(), request.reason(), request.legalBasis())
				.at(request.level(), request.capacity()).withGround(request.groundCode(), request.groundsEstablishedOn()));
	}

	@PostMapping("/revocations")
	@Operation(summary = "Thu hồi hàng loạt theo một quyết định / Revoke many by one decision: all or nothing, 409 "
			+ "listing the refused codes in 'refused'")
	BulkRevoked revokeAll(@Valid @RequestBody BulkRevokeRequest request) {
		var revoked = decisions.revokeAll(request.codes(), new NewDecision(request.decisionNumber(),
				request.decisionDate(), request.signer(), request.authority(), request.reason(), request.legalBasis())
				.at(request.level(), request.capacity()).withGround(request.groundCode(), request.groundsEstablishedOn()));
		return new BulkRevoked(request.decisionNumber(), request.decisionDate(), revoked);
	}

	/** Response helpers shared with the page controller. */
	static final class CertificationDownloads {

		private CertificationDownloads() {
		}

		static ResponseEntity<byte[]> pdf(String code, byte[] body) {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
					.header(HttpHeaders.CONTENT_DISPOSITION, disposition("giay-chung-nhan-ocop-" + code + ".pdf"))
					.header(HttpHeaders.CACHE_CONTROL, "private, no-cache").body(body);
		}

		static ResponseEntity<byte[]> png(String code, byte[] body) {
			return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
					.header(HttpHeaders.CONTENT_DISPOSITION, disposition("tem-ocop-" + code + ".png"))
					.header(HttpHeaders.CACHE_CONTROL, "private, no-cache").body(body);
		}

		static ResponseEntity<String> svg(String code, String body) {
			return ResponseEntity.ok().contentType(MediaType.parseMediaType("image/svg+xml;charset=UTF-8"))
					.header(HttpHeaders.CONTENT_DISPOSITION, disposition("tem-ocop-" + code + ".svg"))
					.header(HttpHeaders.CACHE_CONTROL, "private, no-cache").body(body);
		}

		private static String disposition(String fileName) {
			return ContentDisposition.attachment().filename(fileName).build().toString();
		}
	}
}
