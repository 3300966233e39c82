package vn.ocop.registry.web;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import vn.ocop.registry.LegalForm;
import vn.ocop.registry.ProducerFilter;
import vn.ocop.registry.ProductFilter;
import vn.ocop.registry.ProductStatus;
import vn.ocop.registry.RegistryExport;
import vn.ocop.registry.RegistryImport;
import vn.ocop.registry.RegistryImportPreview;
import vn.ocop.registry.RegistryImportRefused;
import vn.ocop.registry.RegistryImportResult;

/**
 * Import of producers and products from Excel/CSV (preview, then confirm) and export of the filtered lists to
 * Excel, over HTTP.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "registry-io", description = "Nhập/xuất Excel, CSV / Excel and CSV import and export")
class RegistryIoApiController {

	static final MediaType XLSX = MediaType
			.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final RegistryImport imports;
	private final RegistryExport exports;
	private final MessageSource messages;

	RegistryIoApiController(RegistryImport imports, RegistryExport exports, MessageSource messages) {
		this.imports = imports;
		this.exports = exports;
		this.messages = messages;
	}

	@PostMapping(path = "/imports/registry", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAnyRole('PROVINCE_ADMIN','DISTRICT_OFFICER','COMMUNE_OFFICER')")
	@Operation(summary = "Kiểm tra tệp nhập chủ thể, sản phẩm / Check an import file (.xlsx or .csv) without writing; "
			+ "lists every bad row with its reason")
	RegistryImportPreview preview(@RequestPart("file") MultipartFile file) throws IOException {
		return imports.preview(file.getOriginalFilename(), file.getBytes());
	}

	@PostMapping("/imports/registry/{token}/confirm")
	@PreAuthorize("hasAnyRole('PROVINCE_ADMIN','DISTRICT_OFFICER','COMMUNE_OFFICER')")
	@Operation(summary = "Xác nhận nhập / Confirm the import of a checked file (by its uploader): 201, or 422 listing "
			+ "the errors with nothing written")
	ResponseEntity<RegistryImportResult> confirm(@PathVariable String token) throws IOException {
		var result = imports.confirm(token);
		return ResponseEntity.created(URI.create("/api/v1/products")).body(result);
	}

	@GetMapping("/imports/registry/template.xlsx")
	@Operation(summary = "Tệp mẫu / The import template")
	void template(HttpServletResponse response) throws IOException {
		attachment(response, "mau-nhap-chu-the-san-pham.xlsx");
		imports.writeTemplate(response.getOutputStream());
	}

	@GetMapping("/products/export.xlsx")
	@Operation(summary = "Xuất danh sách sản phẩm / Export the filtered products the caller may see")
	void exportProducts(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable ProductStatus status,
			@RequestParam(required = false) @Nullable String unitCode,
			@RequestParam(required = false) @Nullable Integer cycleYear,
			@RequestParam(required = false) @Nullable UUID producerId,
			@RequestParam(required = false) @Nullable String productSetCode,
			@RequestParam(required = false) @Nullable Integer reachedStage, HttpServletResponse response)
			throws IOException {
		Integer stage = reachedStage == null || reachedStage < 0 || reachedStage > 4 ? null : reachedStage;
		try (var workbook = exports.products(
				new ProductFilter(q, status, cycleYear, unitCode, producerId, productSetCode, stage))) {
			attachment(response, "san-pham-ocop.xlsx");
			workbook.writeTo(response.getOutputStream());
		}
	}

	@GetMapping("/producers/export.xlsx")
	@Operation(summary = "Xuất danh sách chủ thể / Export the filtered producers the caller may see")
	void exportProducers(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable LegalForm legalForm,
			@RequestParam(required = false) @Nullable String unitCode, HttpServletResponse response) throws IOException {
		try (var workbook = exports.producers(new ProducerFilter(q, legalForm, unitCode))) {
			attachment(response, "chu-the-ocop.xlsx");
			workbook.writeTo(response.getOutputStream());
		}
	}

	/** A refused confirmation: 422 with every error, each naming its row, column and cell. */
	@ExceptionHandler(RegistryImportRefused.class)
	ResponseEntity<ProblemDetail> refused(RegistryImportRefused e) {
		var locale = LocaleContextHolder.getLocale();
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				messages.getMessage("import.refused", new Object[] { e.errors().size() }, locale));
		problem.setType(URI.create("https://ocop.vn/problems/import-refused"));
		problem.setTitle(messages.getMessage("error.422.title", null, "", locale));
		List<Map<String, Object>> errors = e.errors().stream().map(error -> {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("row", error.row());
			item.put("column", error.column());
			item.put("cell", error.cell());
			item.put("message", error.message());
			return item;
		}).toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	static void attachment(HttpServletResponse response, String fileName) {
		response.setContentType(XLSX.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
	}
}
