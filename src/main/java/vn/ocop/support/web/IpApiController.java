package vn.ocop.support.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.ocop.support.IpDetails;
import vn.ocop.support.IpManagement;
import vn.ocop.support.IpType;
import vn.ocop.support.IpView;

/**
 * IP and brand registrations over JSON.
 */
@RestController
@RequestMapping("/api/v1/ip-registrations")
@Tag(name = "support-ip", description = "Sở hữu trí tuệ / IP and brand registrations of products")
class IpApiController {

	record IpRequest(@NotNull UUID productId, @NotNull IpType type, @NotBlank @Size(max = 300) String markName,
			@NotBlank @Size(max = 300) String applicant, @Nullable @Size(max = 64) String applicationNumber,
			@Nullable LocalDate filingDate, @Nullable @Size(max = 1000) String note) {

		IpDetails details() {
			return new IpDetails(productId, type, markName, applicant, applicationNumber, filingDate, note);
		}
	}

	record FilingRequest(@NotBlank @Size(max = 64) String applicationNumber, @NotNull LocalDate filingDate) {
	}

	record GrantRequest(@NotBlank @Size(max = 64) String certificateNumber, @NotNull LocalDate grantedOn,
			@Nullable LocalDate expiresOn) {
	}

	record RefusalRequest(@Nullable @Size(max = 1000) String reason) {
	}

	record RenewalRequest(@NotNull LocalDate until) {
	}

	private final IpManagement ip;

	IpApiController(IpManagement ip) {
		this.ip = ip;
	}

	@GetMapping
	@Operation(summary = "Đăng ký SHTT / Registrations of a product, or all those of the officer's area")
	List<IpView> list(@RequestParam(required = false) @Nullable UUID productId) {
		return productId == null ? ip.all() : ip.ofProduct(productId);
	}

	@GetMapping("/{id}")
	IpView registration(@PathVariable UUID id) {
		return ip.registration(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Ghi nhận đăng ký / Record a mark or application (with number and filing date: filed)")
	IpView record(@Valid @RequestBody IpRequest request) {
		return ip.record(request.details());
	}

	@PutMapping("/{id}")
	IpView update(@PathVariable UUID id, @Valid @RequestBody IpRequest request) {
		return ip.update(id, request.details());
	}

	@PostMapping("/{id}/filing")
	IpView file(@PathVariable UUID id, @Valid @RequestBody FilingRequest request) {
		return ip.file(id, request.applicationNumber(), request.filingDate());
	}

	@PostMapping("/{id}/acceptance")
	IpView accept(@PathVariable UUID id) {
		return ip.accept(id);
	}

	@PostMapping("/{id}/grant")
	@Operation(summary = "Cấp văn bằng / Granted: certificate number, date, expiry (default: 10 years from filing)")
	IpView grant(@PathVariable UUID id, @Valid @RequestBody GrantRequest request) {
		return ip.grant(id, request.certificateNumber(), request.grantedOn(), request.expiresOn());
	}

	@PostMapping("/{id}/refusal")
	IpView refuse(@PathVariable UUID id, @Valid @RequestBody RefusalRequest request) {
		return ip.refuse(id, request.reason());
	}

	@PostMapping("/{id}/withdrawal")
	IpView withdraw(@PathVariable UUID id) {
		return ip.withdraw(id);
	}

	@PostMapping("/{id}/renewal")
	IpView renew(@PathVariable UUID id, @Valid @RequestBody RenewalRequest request) {
		return ip.renew(id, request.until());
	}
}
