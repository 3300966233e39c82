package vn.ocop.criteria.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
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
import vn.ocop.criteria.CriteriaApi;
import vn.ocop.criteria.CriteriaManagement;
import vn.ocop.criteria.ProductSet;
import vn.ocop.criteria.Regulation;
import vn.ocop.criteria.Scorecard;
import vn.ocop.criteria.ScorecardAuthoring;
import vn.ocop.criteria.ScorecardCheck;
import vn.ocop.criteria.ScorecardDraftView;
import vn.ocop.criteria.ScorecardFiles;
import vn.ocop.criteria.ScorecardSummary;
import vn.ocop.shared.NotFoundException;

/**
 * Regulations, taxonomies and scorecards over JSON.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "criteria", description = "Bộ tiêu chí đánh giá, phân hạng / Evaluation criteria")
class CriteriaApiController {

	private final CriteriaApi criteria;
	private final CriteriaManagement management;
	private final ScorecardAuthoring authoring;
	private final ScorecardFiles files;
	private final org.springframework.context.MessageSource messages;

	CriteriaApiController(CriteriaApi criteria, CriteriaManagement management, ScorecardAuthoring authoring,
			ScorecardFiles files, org.springframework.context.MessageSource messages) {
		this.criteria = criteria;
		this.management = management;
		this.authoring = authoring;
		this.files = files;
		this.messages = messages;
	}

	@GetMapping("/regulations")
	@Operation(summary = "Các văn bản quy định / The regulations")
	List<Regulation> regulations() {
		return criteria.regulations();
	}

	@GetMapping("/regulations/product-sets")
	@Operation(summary = "Danh mục bộ sản phẩm của một văn bản / The product sets of a regulation")
	List<ProductSet> productSets(@org.springframework.web.bind.annotation.RequestParam String regulationCode) {
		return criteria.productSets(regulationCode);
	}

	@GetMapping("/criteria-sets")
	@Operation(summary = "Các bộ tiêu chí đã nạp / The loaded scorecards")
	List<ScorecardSummary> scorecards() {
		return criteria.scorecards();
	}

	@GetMapping("/criteria-sets/{code}/versions")
	@Operation(summary = "Các phiên bản đã ban hành của bộ tiêu chí một bộ sản phẩm / The published versions of a product set's scorecard, newest first")
	List<ScorecardSummary> versions(@PathVariable String code) {
		String set = authoring.summary(code).map(ScorecardSummary::productSetCode).orElse(code);
		return authoring.versions(set);
	}

	@GetMapping(path = "/criteria-sets/{code}/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Xuất bộ tiêu chí (ocop-criteria/1) / Export a scorecard as ocop-criteria/1 JSON")
	ResponseEntity<String> exportJson(@PathVariable String code) {
		return ResponseEntity.ok().header("Content-Disposition", attachment(code + ".json"))
				.contentType(new MediaType("application", "json", StandardCharsets.UTF_8)).body(files.exportJson(code));
	}

	@GetMapping(path = "/criteria-sets/{code}/export.xlsx")
	@Operation(summary = "Xuất bộ tiêu chí ra mẫu .xlsx / Export a scorecard as the .xlsx template")
	ResponseEntity<byte[]> exportXlsx(@PathVariable String code) {
		return xlsx(code + ".xlsx", files.exportWorkbook(code));
	}

	@GetMapping(path = "/criteria-sets/template.xlsx")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	@Operation(summary = "Mẫu .xlsx để soạn bộ tiêu chí / The .xlsx template to fill in, for a product set if given")
	ResponseEntity<byte[]> template(@org.springframework.web.bind.annotation.RequestParam(required = false)
	@org.jspecify.annotations.Nullable String productSet) {
		return xlsx("bo-tieu-chi-" + (productSet == null ? "mau" : productSet) + ".xlsx", files.template(productSet));
	}

	/** A check of a document against the rules, without storing anything. */
	record CheckResult(boolean publishable, List<ProblemItem> problems, List<ScorecardCheck.PartTotal> parts,
			int declaredTotal, int criteriaTotal) {
	}

	/**
	 * One problem, with its code, its message in the caller's language, and where it is: the path of its criterion,
	 * group or part ({@code parts[0].groups[1].criteria[2]}), or "" for the document as a whole.
	 */
	record ProblemItem(String code, String message, String where) {
	}

	/**
	 * A draft with its problems in the caller's language; for a draft made from a file, what of the file was replaced
	 * by the product set's own values.
	 */
	record DraftResult(java.util.UUID id, String productSetCode, String productSetName, String regulationCode,
			@org.jspecify.annotations.Nullable String basedOn, int nextVersion, tools.jackson.databind.JsonNode document,
			CheckResult check, java.time.Instant updatedAt, String updatedBy, List<ProblemItem> replaced) {
	}

	@PostMapping(path = "/criteria-sets/check", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	@Operation(summary = "Kiểm tra một bộ tiêu chí theo mọi quy tắc, không lưu / Check a document against every rule, storing nothing")
	CheckResult check(@RequestBody String source) {
		return result(authoring.check(source, null));
	}

	@GetMapping("/criteria-sets/drafts")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	@Operation(summary = "Các bộ tiêu chí đang soạn / The drafts")
	List<DraftResult> drafts() {
		return authoring.drafts().stream().map(this::result).toList();
	}

	/** Which product set to start a draft for. */
	record StartDraft(String productSetCode) {
	}

	@PostMapping(path = "/criteria-sets/drafts", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	@Operation(summary = "Soạn bộ tiêu chí: {\"productSetCode\": …} bắt đầu bản nháp (phiên bản mới nếu đã có), hoặc từ một tệp ocop-criteria/1 (kể cả tệp còn lỗi: bản nháp nêu mọi lỗi để sửa) / Start a draft for a product set (the next version if it has a scorecard), or from an ocop-criteria/1 document, broken rules and all (the draft names every problem to fix); 422 only if the document cannot be read or names no known product set, 409 if the set has a draft")
	ResponseEntity<DraftResult> startDraft(@RequestBody String body,
			@org.springframework.web.bind.annotation.RequestParam(required = false) @org.jspecify.annotations.Nullable String productSet,
			Authentication user) {
		tools.jackson.databind.JsonNode node = parse(body);
		if (node.has("format") || node.has("parts")) {
			return created(authoring.importDraft(body, productSet, user.getName()));
		}
		ScorecardDraftView draft = authoring.startDraft(node.path("productSetCode").asString(""), user.getName());
		return ResponseEntity.created(URI.create("/api/v1/criteria-sets/drafts/" + draft.id())).body(result(draft));
	}

	@PostMapping(path = "/criteria-sets/drafts", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	@Operation(summary = "Soạn bộ tiêu chí từ tệp .json hoặc mẫu .xlsx, kể cả tệp còn lỗi (bản nháp nêu mọi lỗi) / Start a draft from an uploaded .json or .xlsx template, broken rules and all (the draft names every problem); 422 only if the file cannot be read")
	ResponseEntity<DraftResult> uploadDraft(@RequestPart("file") MultipartFile file,
			@org.springframework.web.bind.annotation.RequestParam(required = false) @org.jspecify.annotations.Nullable String productSet,
			Authentication user) throws IOException {
		return created(isWorkbook(file) ? authoring.importWorkbook(file.getInputStream(), productSet, user.getName())
				: authoring.importDraft(new String(file.getBytes(), StandardCharsets.UTF_8), productSet, user.getName()));
	}

	private ResponseEntity<DraftResult> created(vn.ocop.criteria.ScorecardImport imported) {
		ScorecardDraftView draft = imported.draft();
		DraftResult result = result(draft);
		var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		List<ProblemItem> replaced = imported.replaced().stream().map(p -> new ProblemItem(p.messageCode(),
				messages.getMessage(p.messageCode(), p.arguments().toArray(), p.messageCode(), locale), "")).toList();
		return ResponseEntity.created(URI.create("/api/v1/criteria-sets/drafts/" + draft.id()))
				.body(new DraftResult(result.id(), result.productSetCode(), result.productSetName(), result.regulationCode(),
						result.basedOn(), result.nextVersion(), result.document(), result.check(), result.updatedAt(),
						result.updatedBy(), replaced));
	}

	@GetMapping("/criteria-sets/drafts/{id}")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	@Operation(summary = "Một bản nháp với mọi lỗi và tổng điểm các phần / A draft with every problem and the part totals")
	DraftResult draft(@PathVariable java.util.UUID id) {
		return result(authoring.draft(id));
	}

	@org.springframework.web.bind.annotation.PutMapping(path = "/criteria-sets/drafts/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	@Operation(summary = "Lưu bản nháp như đã gõ, trả về mọi lỗi còn lại / Save a draft as typed; answers every remaining problem")
	DraftResult revise(@PathVariable java.util.UUID id, @RequestBody String body, Authentication user) {
		parse(body);
		return result(authoring.revise(id, body, user.getName()));
	}

	@org.springframework.web.bind.annotation.DeleteMapping("/criteria-sets/drafts/{id}")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	@Operation(summary = "Bỏ bản nháp / Discard a draft")
	ResponseEntity<Void> discard(@PathVariable java.util.UUID id) {
		authoring.discard(id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/criteria-sets/drafts/{id}/publish")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	@Operation(summary = "Ban hành bản nháp thành phiên bản mới / Publish a draft as the next version; 422 naming every problem")
	ResponseEntity<ScorecardSummary> publish(@PathVariable java.util.UUID id, Authentication user) {
		ScorecardSummary published = authoring.publish(id, user.getName());
		return ResponseEntity.created(URI.create("/api/v1/criteria-sets/" + published.code())).body(published);
	}

	@GetMapping(path = "/criteria-sets/drafts/{id}/export.xlsx")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	@Operation(summary = "Bản nháp ra mẫu .xlsx / A draft as the .xlsx template")
	ResponseEntity<byte[]> draftXlsx(@PathVariable java.util.UUID id) {
		return xlsx("ban-nhap-" + authoring.draft(id).productSetCode() + ".xlsx", files.draftWorkbook(id));
	}

	private static tools.jackson.databind.JsonNode parse(String body) {
		try {
			var node = tools.jackson.databind.json.JsonMapper.builder().build().readTree(body);
			if (node != null && node.isObject()) {
				return node;
			}
		}
		catch (tools.jackson.core.JacksonException e) {
			// refused below
		}
		throw new vn.ocop.shared.ImportProblems(List.of(new vn.ocop.shared.ImportProblems.Problem(0,
				"criteria.scorecard.notJson", "—")));
	}

	static boolean isWorkbook(MultipartFile file) {
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(java.util.Locale.ROOT);
		if (name.endsWith(".xlsx")) {
			return true;
		}
		try (var in = file.getInputStream()) {
			byte[] head = in.readNBytes(2);
			return head.length == 2 && head[0] == 'P' && head[1] == 'K';
		}
		catch (IOException e) {
			return false;
		}
	}

	private CheckResult result(ScorecardCheck check) {
		var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		List<ProblemItem> problems = new java.util.ArrayList<>();
		for (int i = 0; i < check.problems().size(); i++) {
			var p = check.problems().get(i);
			problems.add(new ProblemItem(p.messageCode(),
					messages.getMessage(p.messageCode(), p.arguments().toArray(), p.messageCode(), locale),
					check.location(i)));
		}
		return new CheckResult(check.publishable(), problems, check.parts(), check.declaredTotal(), check.criteriaTotal());
	}

	private DraftResult result(ScorecardDraftView draft) {
		return new DraftResult(draft.id(), draft.productSetCode(), draft.productSetName(), draft.regulationCode(),
				draft.basedOn(), draft.nextVersion(), parseLenient(draft.document()), result(draft.check()),
				draft.updatedAt(), draft.updatedBy(), List.of());
	}

	private static tools.jackson.databind.JsonNode parseLenient(String document) {
		try {
			return tools.jackson.databind.json.JsonMapper.builder().build().readTree(document);
		}
		catch (tools.jackson.core.JacksonException e) {
			return tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(document);
		}
	}

	private static String attachment(String fileName) {
		return org.springframework.http.ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build()
				.toString();
	}

	private static ResponseEntity<byte[]> xlsx(String fileName, byte[] body) {
		return ResponseEntity.ok().header("Content-Disposition", attachment(fileName))
				.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
				.body(body);
	}

	@GetMapping("/criteria-sets/{code}")
	@Operation(summary = "Toàn bộ một bộ tiêu chí / A whole scorecard")
	Scorecard scorecard(@PathVariable String code) {
		return criteria.scorecard(code).orElseThrow(() -> new NotFoundException("criteria.scorecard.notFound", code));
	}

	@PostMapping(path = "/criteria-sets", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	@Operation(summary = "Nạp bộ tiêu chí (ocop-criteria/1) / Load a scorecard; 422 naming every problem, 409 if it exists")
	ResponseEntity<ScorecardSummary> load(@RequestBody String source, Authentication user) {
		var loaded = management.loadScorecard(source, user.getName());
		return ResponseEntity.created(URI.create("/api/v1/criteria-sets/" + loaded.code())).body(loaded);
	}

	@PostMapping(path = "/criteria-sets", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	@Operation(summary = "Nạp bộ tiêu chí từ tệp / Load a scorecard from an uploaded file")
	ResponseEntity<ScorecardSummary> upload(@RequestPart("file") MultipartFile file, Authentication user) throws IOException {
		return load(new String(file.getBytes(), StandardCharsets.UTF_8), user);
	}
}
