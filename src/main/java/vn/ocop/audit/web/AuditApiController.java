package vn.ocop.audit.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import vn.ocop.audit.AuditApi;
import vn.ocop.audit.AuditFilter;
import vn.ocop.audit.AuditRecord;

/**
 * The audit log over the API, for the provincial office.
 */
@RestController
@RequestMapping("/api/v1/audit")
@Validated
@Tag(name = "audit", description = "Nhật ký thay đổi dữ liệu / Audit log of data changes")
class AuditApiController {

	/** One page of entries, newest first. */
	record AuditPage(long total, int page, int size, List<AuditEntry> items) {
	}

	/**
	 * One entry: the fields of {@link AuditRecord}, plus the full name of the account that made the change
	 * ({@code null} when the actor is no account: {@code system}, {@code anonymous} or a deleted account).
	 */
	record AuditEntry(java.time.Instant occurredAt, String actor, @Nullable String actorName,
			vn.ocop.audit.AuditAction action, String entityType, String entityId,
			Map<String, AuditRecord.Change> changes, @Nullable String reason) {

		static AuditEntry of(AuditRecord record, Map<String, String> names) {
			return new AuditEntry(record.occurredAt(), record.actor(), names.get(record.actor()), record.action(),
					record.entityType(), record.entityId(), record.changes(), record.reason());
		}
	}

	private final AuditApi audit;
	private final MessageSource messages;
	private final AuditPeople people;

	AuditApiController(AuditApi audit, MessageSource messages, AuditPeople people) {
		this.audit = audit;
		this.messages = messages;
		this.people = people;
	}

	@GetMapping
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	@Operation(summary = "Tìm trong nhật ký thay đổi / Search the audit log",
			description = "Entries newest first. Every criterion is optional; dates are days (yyyy-MM-dd) in Asia/Ho_Chi_Minh, "
					+ "both inclusive. Each entry lists the changed properties with their values before and after.")
	AuditPage search(
			@Parameter(description = "Người thực hiện: tên đăng nhập hoặc một phần họ tên (không phân biệt dấu) / user who made the change: username or part of the full name (accents ignored)") @RequestParam(required = false) @Nullable String actor,
			@Parameter(description = "Loại bản ghi / entity type, e.g. UserAccount") @RequestParam(required = false) @Nullable String entityType,
			@Parameter(description = "Mã bản ghi / record identifier") @RequestParam(required = false) @Nullable String entityId,
			@Parameter(description = "Nội dung thay đổi chứa / text contained in the changes or the reason") @RequestParam(required = false) @Nullable String q,
			@Parameter(description = "Từ ngày / first day (yyyy-MM-dd)") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@Parameter(description = "Đến ngày / last day (yyyy-MM-dd)") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidRange();
		}
		var result = audit.search(people.resolve(new AuditFilter(actor, entityType, entityId, q, from, to)), PageRequest.of(page, size));
		Map<String, String> names = people.names(result.getContent());
		return new AuditPage(result.getTotalElements(), page, size,
				result.getContent().stream().map(r -> AuditEntry.of(r, names)).toList());
	}

	@ExceptionHandler(InvalidRange.class)
	ProblemDetail invalidRange() {
		var locale = LocaleContextHolder.getLocale();
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("audit.search.toBeforeFrom", null, locale));
		problem.setType(URI.create("https://ocop.vn/problems/validation"));
		problem.setTitle(messages.getMessage("error.400.title", null, "Bad request", locale));
		problem.setProperty("errors", List.of(Map.of("field", "to", "message", String.valueOf(problem.getDetail()))));
		return problem;
	}

	/** The end of the date range lies before its start. */
	static class InvalidRange extends RuntimeException {
		InvalidRange() {
			super("to < from", null, false, false);
		}
	}
}
