package vn.ocop.support.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
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
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import vn.ocop.support.BudgetLineView;
import vn.ocop.support.BudgetManagement;
import vn.ocop.support.BudgetRollup;
import vn.ocop.support.CommitmentView;
import vn.ocop.support.FundingSource;

/**
 * Budget lines, contracts and roll-ups over JSON, and the roll-up as .xlsx.
 */
@RestController
@RequestMapping("/api/v1/budgets")
@Tag(name = "support-budgets", description = "Kinh phí / Budget lines by activity and funding source")
class BudgetApiController {

	record LineRequest(@NotNull @Min(1) @Max(99) Integer activityNumber, @NotNull FundingSource source,
			@NotNull @PositiveOrZero BigDecimal allocated, @Nullable @Size(max = 1000) String note) {
	}

	record AllocationRequest(@NotNull @PositiveOrZero BigDecimal allocated, @Nullable @Size(max = 1000) String note) {
	}

	record ContractRequest(@NotBlank @Size(max = 1000) String description, @NotNull @Positive BigDecimal amount,
			@Nullable @Size(max = 16) String areaCode, @Nullable @Size(max = 32) String productSetCode,
			@Nullable LocalDate on) {
	}

	record PaymentRequest(@NotNull @Positive BigDecimal amount, @Nullable LocalDate on) {
	}

	private final BudgetManagement budgets;
	private final BudgetWorkbook workbook;

	BudgetApiController(BudgetManagement budgets, BudgetWorkbook workbook) {
		this.budgets = budgets;
		this.workbook = workbook;
	}

	@GetMapping("/{year}")
	@Operation(summary = "Tổng hợp kinh phí / The year's budget rolled up by activity, source, district and product group")
	BudgetRollup rollup(@PathVariable int year) {
		return budgets.rollup(year);
	}

	@GetMapping("/{year}/lines")
	List<BudgetLineView> lines(@PathVariable int year) {
		return budgets.lines(year);
	}

	@PostMapping("/{year}/lines")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Phân bổ kinh phí / Allocate to a plan activity from a funding source (office)")
	BudgetLineView allocate(@PathVariable int year, @Valid @RequestBody LineRequest request) {
		return budgets.allocate(year, request.activityNumber(), request.source(), request.allocated(), request.note());
	}

	@PutMapping("/lines/{id}")
	BudgetLineView reallocate(@PathVariable UUID id, @Valid @RequestBody AllocationRequest request) {
		return budgets.reallocate(id, request.allocated(), request.note());
	}

	@PostMapping("/lines/{id}/contracts")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Cam kết hợp đồng / Commit a contract on the line (refused over the remaining amount)")
	CommitmentView contract(@PathVariable UUID id, @Valid @RequestBody ContractRequest request) {
		return budgets.contract(id, request.description(), request.amount(), request.areaCode(),
				request.productSetCode(), request.on());
	}

	@PostMapping("/contracts/{id}/payments")
	CommitmentView pay(@PathVariable UUID id, @Valid @RequestBody PaymentRequest request) {
		return budgets.payContract(id, request.amount(), request.on());
	}

	@GetMapping("/{year}/export.xlsx")
	@Operation(summary = "Tổng hợp kinh phí (.xlsx) / The roll-up as a workbook")
	ResponseEntity<byte[]> xlsx(@PathVariable int year) throws java.io.IOException {
		byte[] bytes = workbook.write(budgets.rollup(year));
		return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"kinh-phi-ocop-" + year + ".xlsx\"")
				.contentType(BudgetWorkbook.XLSX).body(bytes);
	}
}
