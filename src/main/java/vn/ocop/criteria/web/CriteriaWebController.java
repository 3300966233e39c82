package vn.ocop.criteria.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.criteria.CriteriaApi;
import vn.ocop.criteria.ProductSet;
import vn.ocop.criteria.Regulation;
import vn.ocop.criteria.Scorecard;
import vn.ocop.criteria.ScorecardAuthoring;
import vn.ocop.criteria.ScorecardDraftView;
import vn.ocop.criteria.ScorecardImport;
import vn.ocop.criteria.ScorecardSummary;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.ImportProblems;
import vn.ocop.shared.NotFoundException;

/**
 * The scorecards (bộ tiêu chí) page: every regulation with its product sets and their scorecards (shipped or
 * written here, version, used or not), one scorecard in full, and for the provincial office the drafts — a new
 * scorecard or a new version, from the .xlsx template or the editor, every rule checked as it is typed — published
 * and exported as JSON or .xlsx.
 */
@Controller
class CriteriaWebController {

	static final String LIST = "criteria/list";
	static final String SCORECARD = "criteria/scorecard";
	static final String UPLOAD = "criteria/upload";
	static final String DRAFT = "criteria/draft";
	private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
	private static final MediaType XLSX = MediaType
			.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final CriteriaApi criteria;
	private final ScorecardAuthoring authoring;
	private final MessageSource messages;

	CriteriaWebController(CriteriaApi criteria, ScorecardAuthoring authoring, MessageSource messages) {
		this.criteria = criteria;
		this.authoring = authoring;
		this.messages = messages;
	}

	/** A part, group or criterion of the editor: its path in the document and the id of its problem list. */
	record Place(String path, String id) {
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
				.contentType(new MediaType("application", "json", StandardCharsets.UTF_8)).body(authoring.exportJson(code));
	}

	@GetMapping("/criteria/{code}/export.xlsx")
	ResponseEntity<byte[]> exportXlsx(@PathVariable String code) {
		return ResponseEntity.ok().header("Content-Disposition", attachment(code + ".xlsx")).contentType(XLSX)
				.body(authoring.exportWorkbook(code));
	}

	@GetMapping("/criteria/template.xlsx")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	ResponseEntity<byte[]> template(@RequestParam(required = false) @Nullable String productSet) {
		String name = "bo-tieu-chi-" + (productSet == null || productSet.isBlank() ? "mau" : productSet) + ".xlsx";
		return ResponseEntity.ok().header("Content-Disposition", attachment(name)).contentType(XLSX)
				.body(authoring.template(productSet));
	}

	// ------------------------------------------------------------------ upload

	@GetMapping("/criteria/upload")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	String uploadForm(Model model) {
		model.addAttribute("sets", setsWithoutDraft());
		return UPLOAD;
	}

	/**
	 * A filled-in template (.xlsx) or an {@code ocop-criteria/1} file (.json) becomes a draft of its product set (or of
	 * the set chosen, when the file names none the taxonomy knows), broken rules and all: the editor shows every
	 * problem where it is. Only a file that cannot be read at all is refused, with the reason.
	 */
	@PostMapping("/criteria/upload")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	String upload(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable String productSet, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Authentication user) throws IOException {
		model.addAttribute("sets", setsWithoutDraft());
		if (file == null || file.isEmpty()) {
			model.addAttribute("error", message("criteria.page.noFile"));
			response.setStatus(422);
			return UPLOAD;
		}
		model.addAttribute("fileName", file.getOriginalFilename());
		try {
			ScorecardImport imported = CriteriaApiController.isWorkbook(file)
					? authoring.importWorkbook(file.getInputStream(), productSet, user.getName())
					: authoring.importDraft(new String(file.getBytes(), StandardCharsets.UTF_8), productSet,
							user.getName());
			ScorecardDraftView draft = imported.draft();
			redirect.addFlashAttribute("flash", draft.check().publishable() ? "criteria.page.uploaded"
					: "criteria.page.uploadedWithProblems");
			redirect.addFlashAttribute("replaced", messages(imported.replaced()));
			return "redirect:/criteria/drafts/" + draft.id();
		}
		catch (ImportProblems e) {
			model.addAttribute("error", message("criteria.page.unreadable"));
			model.addAttribute("problems", messages(e.problems()));
		}
		catch (BusinessRuleException e) {
			model.addAttribute("error", message(e.messageCode(), e.arguments()));
			model.addAttribute("existingDraft", e.properties().get("draftId"));
		}
		response.setStatus(422);
		return UPLOAD;
	}

	// ------------------------------------------------------------------ drafts

	/** Starts the draft of a product set (a new scorecard, or the next version), or opens the one it has. */
	@PostMapping("/criteria/drafts")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	String startDraft(@RequestParam(required = false) @Nullable String productSet, Authentication user,
			RedirectAttributes redirect) {
		if (productSet == null || productSet.isBlank()) {
			redirect.addFlashAttribute("flash", "criteria.page.chooseSet");
			return "redirect:/criteria/upload";
		}
		var existing = authoring.draftFor(productSet);
		if (existing.isPresent()) {
			return "redirect:/criteria/drafts/" + existing.get().id();
		}
		return "redirect:/criteria/drafts/" + authoring.startDraft(productSet, user.getName()).id();
	}

	@GetMapping("/criteria/drafts/{id}")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	String draft(@PathVariable UUID id, Model model) {
		return draftPage(authoring.draft(id), model);
	}

	/**
	 * Saves the editor's form as typed: on a change (htmx) answers the problems and part totals; on a button (add or
	 * remove a part, group, criterion, option, band) the whole editor; without htmx, back to the editor.
	 */
	@PostMapping("/criteria/drafts/{id}")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	String revise(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			Authentication user, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		ScorecardDraftView current = authoring.draft(id);
		var doc = DraftForm.apply(current.document(), form);
		String action = form.getFirst("action");
		try {
			DraftForm.act(doc, action);
		}
		catch (RuntimeException e) {
			// a button naming a part, group or criterion that is no longer there: nothing to do
		}
		ScorecardDraftView saved = authoring.revise(id, PRETTY.writeValueAsString(doc), user.getName());
		if (htmx == null) {
			return "redirect:/criteria/drafts/" + id;
		}
		boolean typing = action == null || action.isBlank();
		// typing answers the problem list and, out of band, the problems shown beside each part, group and criterion
		model.addAttribute("oob", typing);
		draftPage(saved, model);
		return typing ? DRAFT + " :: check" : DRAFT + " :: body";
	}

	@PostMapping("/criteria/drafts/{id}/publish")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	String publish(@PathVariable UUID id, Model model, Authentication user, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			ScorecardSummary published = authoring.publish(id, user.getName());
			redirect.addFlashAttribute("flash", "criteria.page.publishedFlash");
			return "redirect:/criteria/" + published.code();
		}
		catch (ImportProblems e) {
			model.addAttribute("error", message("criteria.page.notPublished", e.problems().size()));
			response.setStatus(422);
			return draftPage(authoring.draft(id), model);
		}
	}

	@PostMapping("/criteria/drafts/{id}/discard")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	String discard(@PathVariable UUID id, RedirectAttributes redirect) {
		authoring.discard(id);
		redirect.addFlashAttribute("flash", "criteria.page.discarded");
		return "redirect:/criteria";
	}

	@GetMapping("/criteria/drafts/{id}/export.xlsx")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	ResponseEntity<byte[]> draftXlsx(@PathVariable UUID id) {
		String set = authoring.draft(id).productSetCode();
		return ResponseEntity.ok().header("Content-Disposition", attachment("ban-nhap-" + set + ".xlsx"))
				.contentType(XLSX).body(authoring.draftWorkbook(id));
	}

	private String draftPage(ScorecardDraftView draft, Model model) {
		model.addAttribute("draft", draft);
		tools.jackson.databind.JsonNode doc;
		try {
			doc = JsonMapper.builder().build().readTree(draft.document());
		}
		catch (RuntimeException e) {
			doc = JsonMapper.builder().build().createObjectNode();
		}
		var editable = DraftForm.editable(doc);
		model.addAttribute("doc", DraftForm.toMap(editable));
		List<Place> places = new ArrayList<>();
		for (int p = 0; p < editable.path("parts").size(); p++) {
			var part = editable.path("parts").get(p);
			places.add(new Place("parts[" + p + "]", "at-" + p));
			for (int g = 0; g < part.path("groups").size(); g++) {
				places.add(new Place("parts[" + p + "].groups[" + g + "]", "at-" + p + "-" + g));
				for (int c = 0; c < part.path("groups").get(g).path("criteria").size(); c++) {
					places.add(new Place("parts[" + p + "].groups[" + g + "].criteria[" + c + "]", "at-" + p + "-" + g + "-" + c));
				}
			}
		}
		model.addAttribute("places", places);
		if (!model.containsAttribute("oob")) {
			model.addAttribute("oob", false);
		}
		model.addAttribute("problems", messages(draft.check().problems()));
		Map<String, List<String>> at = new java.util.HashMap<>();
		for (int i = 0; i < draft.check().problems().size(); i++) {
			var p = draft.check().problems().get(i);
			at.computeIfAbsent(draft.check().location(i), k -> new ArrayList<>())
					.add(message(p.messageCode(), p.arguments().toArray()));
		}
		model.addAttribute("problemsAt", at);
		model.addAttribute("check", draft.check());
		model.addAttribute("versions", authoring.versions(draft.productSetCode()));
		return DRAFT;
	}

	private List<ProductSet> setsWithoutDraft() {
		var drafted = authoring.drafts().stream().map(ScorecardDraftView::productSetCode).collect(Collectors.toSet());
		List<ProductSet> sets = new ArrayList<>();
		for (Regulation regulation : newestFirst(criteria.regulations())) {
			if (criteria.taxonomyRegulation(regulation.code()).equals(regulation.code())) {
				criteria.productSets(regulation.code()).stream().filter(s -> !drafted.contains(s.code())).forEach(sets::add);
			}
		}
		return sets;
	}

	private List<String> messages(List<ImportProblems.Problem> problems) {
		return problems.stream().map(p -> message(p.messageCode(), p.arguments().toArray())).toList();
	}

	private String message(String code, Object... args) {
		return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
	}

	private static List<Regulation> newestFirst(List<Regulation> regulations) {
		List<Regulation> copy = new ArrayList<>(regulations);
		java.util.Collections.reverse(copy);
		return copy;
	}

	private static String attachment(String fileName) {
		return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
	}
}
