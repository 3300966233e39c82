package vn.ocop.support.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import vn.ocop.registry.LegalForm;
import vn.ocop.support.FundingSource;
import vn.ocop.support.RequestStatus;
import vn.ocop.support.SupportApplication;
import vn.ocop.support.SupportCategory;
import vn.ocop.support.SupportItemDetails;
import vn.ocop.support.SupportItemView;
import vn.ocop.support.SupportCatalogue;
import vn.ocop.support.SupportManagement;
import vn.ocop.support.SupportRequestView;

/**
 * Support items and requests over JSON.
 */
@RestController
@RequestMapping("/api/v1/support")
@Tag(name = "support", description = "Hỗ trợ chủ thể OCOP / Support items and requests")
class SupportApiController {

	record ItemRequest(@NotBlank @Size(max = 32) String code, @NotBlank @Size(max = 500) String name,
			@NotNull SupportCategory category, @NotBlank @Size(max = 500) String legalBasis,
			@Nullable Set<@NotNull LegalForm> eligibleForms, @Nullable @Size(max = 1000) String eligibilityNote,
			@Nullable @Positive BigDecimal ceilingAmount, @Nullable @Min(1) @Max(100) Integer ceilingShare,
			@NotNull FundingSource fundingSource, @Nullable @Min(1) @Max(99) Integer activityNumber) {

		SupportItemDetails details() {
			return new SupportItemDetails(code, name, category, legalBasis, eligibleForms == null ? Set.of() : eligibleForms,
					eligibilityNote, ceilingAmount, ceilingShare, fundingSource, activityNumber);
		}
	}

	/**
	 * @param reportId the monthly report whose difficulty the request answers (the report then shows it)
	 * @param reportMonth that report's month, {@code yyyy-MM}
	 */
	record ApplyRequest(@NotNull UUID itemId, @NotNull UUID productId, @NotBlank @Size(max = 4000) String purpose,
			@NotNull @Positive BigDecimal costEstimate, @NotNull @Positive BigDecimal requestedAmount,
			@Nullable UUID reportId, @Nullable @jakarta.validation.constraints.Pattern(regexp = "\\d{4}-\\d{2}") String reportMonth) {
	}

	record CheckRequest(@NotNull Boolean endorsed, @Nullable @Size(max = 2000) String note) {
	}

	record ApproveRequest(@Nullable @Positive BigDecimal amount, @NotBlank @Size(max = 100) String decisionNumber,
			@Nullable LocalDate decidedOn, @Nullable UUID budgetLineId, @Nullable @Size(max = 1000) String note) {
	}

	record RefuseRequest(@NotBlank @Size(max = 2000) String reason, @Nullable @Size(max = 100) String decisionNumber,
			@Nullable LocalDate decidedOn) {
	}

	record DisburseRequest(@NotNull @Positive BigDecimal amount, @Nullable LocalDate paidOn) {
	}

	record ResultRequest(@NotBlank @Size(max = 2000) String note, @Nullable @Size(max = 100) String reference,
			@Nullable LocalDate on) {
	}

	private final SupportManagement support;
	private final SupportCatalogue catalogue;

	SupportApiController(SupportManagement support, SupportCatalogue catalogue) {
		this.support = support;
		this.catalogue = catalogue;
	}

	@GetMapping("/items")
	@Operation(summary = "Nội dung hỗ trợ / Support items (producers see the active ones)")
	List<SupportItemView> items() {
		return catalogue.items();
	}

	@GetMapping("/items/{id}")
	SupportItemView item(@PathVariable UUID id) {
		return catalogue.item(id);
	}

	@PostMapping("/items")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Thêm nội dung hỗ trợ / Define a support item (office)")
	SupportItemView createItem(@Valid @RequestBody ItemRequest request) {
		return catalogue.createItem(request.details());
	}

	@PutMapping("/items/{id}")
	SupportItemView updateItem(@PathVariable UUID id, @Valid @RequestBody ItemRequest request) {
		return catalogue.updateItem(id, request.details());
	}

	@GetMapping("/requests")
	@Operation(summary = "Đề nghị hỗ trợ / Support requests the user may see, optionally of one status")
	List<SupportRequestView> requests(@RequestParam(required = false) @Nullable RequestStatus status) {
		return support.requests(status);
	}

	@GetMapping("/requests/{id}")
	SupportRequestView request(@PathVariable UUID id) {
		return support.request(id);
	}

	@PostMapping("/requests")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Nộp đề nghị hỗ trợ / Apply (producer, or an officer on its behalf); refused over the "
			+ "item's ceiling or an exhausted budget line")
	SupportRequestView apply(@Valid @RequestBody ApplyRequest request) {
		return support.apply(new SupportApplication(request.itemId(), request.productId(), request.purpose(),
				request.costEstimate(), request.requestedAmount(), request.reportId()), request.reportMonth());
	}

	@PostMapping("/requests/{id}/check")
	@Operation(summary = "Xã/huyện thẩm tra / The commune or district (by the structure in force) checks")
	SupportRequestView check(@PathVariable UUID id, @Valid @RequestBody CheckRequest request) {
		return support.check(id, request.endorsed(), request.note());
	}

	@PostMapping("/requests/{id}/approval")
	@Operation(summary = "Phê duyệt / The office approves and commits the amount on the budget line")
	SupportRequestView approve(@PathVariable UUID id, @Valid @RequestBody ApproveRequest request) {
		return support.approve(id, request.amount(), request.decisionNumber(), request.decidedOn(),
				request.budgetLineId(), request.note());
	}

	@PostMapping("/requests/{id}/refusal")
	@Operation(summary = "Từ chối / The office refuses with the reason")
	SupportRequestView refuse(@PathVariable UUID id, @Valid @RequestBody RefuseRequest request) {
		return support.refuse(id, request.reason(), request.decisionNumber(), request.decidedOn());
	}

	@PostMapping("/requests/{id}/disbursement")
	@Operation(summary = "Giải ngân / The office records the payment")
	SupportRequestView disburse(@PathVariable UUID id, @Valid @RequestBody DisburseRequest request) {
		return support.disburse(id, request.amount(), request.paidOn());
	}

	@PostMapping("/requests/{id}/result")
	@Operation(summary = "Báo cáo kết quả / The producer reports the result (e.g. the IP application number)")
	SupportRequestView result(@PathVariable UUID id, @Valid @RequestBody ResultRequest request) {
		return support.report(id, request.note(), request.reference(), request.on());
	}
}
