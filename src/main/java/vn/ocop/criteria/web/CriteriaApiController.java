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

	CriteriaApiController(CriteriaApi criteria, CriteriaManagement management) {
		this.criteria = criteria;
		this.management = management;
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
