package vn.ocop.criteria.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ocop.criteria.CriteriaApi;
import vn.ocop.criteria.ProductSet;
import vn.ocop.criteria.Regulation;
import vn.ocop.criteria.Scorecard;
import vn.ocop.criteria.ScorecardAuthoring;
import vn.ocop.criteria.ScorecardDraftView;
import vn.ocop.criteria.ScorecardFiles;
import vn.ocop.criteria.ScorecardSummary;
import vn.ocop.shared.NotFoundException;

/**
 * The scorecards (bộ tiêu chí) page: every regulation with its product sets and their scorecards (shipped or
 * written here, version, used or not) and their drafts, one scorecard in full, exported as JSON or .xlsx, and the
 * .xlsx template. The drafts themselves are {@link DraftWebController}'s.
 */
@Controller
class CriteriaWebController {

	static final String LIST = "criteria/list";
	static final String SCORECARD = "criteria/scorecard";
	static final MediaType XLSX = MediaType
			.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final CriteriaApi criteria;
	private final ScorecardAuthoring authoring;
	private final ScorecardFiles files;

	CriteriaWebController(CriteriaApi criteria, ScorecardAuthoring authoring, ScorecardFiles files) {
		this.criteria = criteria;
		this.authoring = authoring;
		this.files = files;
	}

	/** One product set of a taxonomy with its newest scorecard, how many versions it has, and its draft. */
	record SetRow(ProductSet set, @Nullable ScorecardSummary latest, int versions, @Nullable ScorecardDraftView draft) {
	}

	/** A regulation with the product sets of its taxonomy (or the regulation whose sets it uses). */
	record RegulationRow(Regulation regulation, String taxonomyCode, List<SetRow> sets, long withScorecard) {
	}

	@GetMapping("/criteria")
	String list(Model model) {
		List<ScorecardSummary> all = criteria.scorecards();
		Map<String, List<ScorecardSummary>> bySet = all.stream()
				.collect(Collectors.groupingBy(ScorecardSummary::productSetCode));
		Map<String, ScorecardDraftView> drafts = authoring.drafts().stream()
				.collect(Collectors.toMap(ScorecardDraftView::productSetCode, Function.identity()));
		List<RegulationRow> rows = new ArrayList<>();
		for (Regulation regulation : newestFirst(criteria.regulations())) {
			String taxonomy = criteria.taxonomyRegulation(regulation.code());
			List<SetRow> sets = new ArrayList<>();
			if (taxonomy.equals(regulation.code())) {
				for (ProductSet set : criteria.productSets(regulation.code())) {
					List<ScorecardSummary> versions = bySet.getOrDefault(set.code(), List.of());
					ScorecardSummary latest = versions.stream().filter(ScorecardSummary::latest).findFirst().orElse(null);
					sets.add(new SetRow(set, latest, versions.size(), drafts.get(set.code())));
				}
			}
			rows.add(new RegulationRow(regulation, taxonomy, sets, sets.stream().filter(s -> s.latest() != null).count()));
		}
		model.addAttribute("regulations", rows);
		model.addAttribute("drafts", drafts.values().stream()
				.sorted(java.util.Comparator.comparing(ScorecardDraftView::productSetCode)).toList());
		model.addAttribute("scorecards", all);
		return LIST;
	}

	@GetMapping("/criteria/{code}")
	String scorecard(@PathVariable String code, Model model) {
		Scorecard scorecard = criteria.scorecard(code)
				.orElseThrow(() -> new NotFoundException("criteria.scorecard.notFound", code));
		model.addAttribute("scorecard", scorecard);
		ScorecardSummary summary = authoring.summary(code).orElse(null);
		model.addAttribute("summary", summary);
		model.addAttribute("versions", authoring.versions(scorecard.productSetCode()));
		model.addAttribute("draft", authoring.draftFor(scorecard.productSetCode()).orElse(null));
		model.addAttribute("criteriaCount", scorecard.criteria().count());
		model.addAttribute("productSet", criteria.productSet(scorecard.productSetCode()).orElse(null));
		return SCORECARD;
	}

	@GetMapping("/criteria/{code}/export.json")
	ResponseEntity<String> exportJson(@PathVariable String code) {
		return ResponseEntity.ok().header("Content-Disposition", attachment(code + ".json"))
				.contentType(new MediaType("application", "json", StandardCharsets.UTF_8)).body(files.exportJson(code));
	}

	@GetMapping("/criteria/{code}/export.xlsx")
	ResponseEntity<byte[]> exportXlsx(@PathVariable String code) {
		return ResponseEntity.ok().header("Content-Disposition", attachment(code + ".xlsx")).contentType(XLSX)
				.body(files.exportWorkbook(code));
	}

	@GetMapping("/criteria/template.xlsx")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	ResponseEntity<byte[]> template(@RequestParam(required = false) @Nullable String productSet) {
		String name = "bo-tieu-chi-" + (productSet == null || productSet.isBlank() ? "mau" : productSet) + ".xlsx";
		return ResponseEntity.ok().header("Content-Disposition", attachment(name)).contentType(XLSX)
				.body(files.template(productSet));
	}

	static List<Regulation> newestFirst(List<Regulation> regulations) {
		List<Regulation> copy = new ArrayList<>(regulations);
		java.util.Collections.reverse(copy);
		return copy;
	}

	static String attachment(String fileName) {
		return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
	}
}
