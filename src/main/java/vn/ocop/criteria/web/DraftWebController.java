package vn.ocop.criteria.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.criteria.CriteriaApi;
import vn.ocop.criteria.ProductSet;
import vn.ocop.criteria.Regulation;
import vn.ocop.criteria.ScorecardAuthoring;
import vn.ocop.criteria.ScorecardDraftView;
import vn.ocop.criteria.ScorecardFiles;
import vn.ocop.criteria.ScorecardImport;
import vn.ocop.criteria.ScorecardSummary;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.ImportProblems;
import vn.ocop.shared.web.FormFields;

/**
 * The provincial office's drafts of scorecards: started for a product set (a new scorecard or the next version) or
 * uploaded as the .xlsx template or JSON, written in the editor with every rule checked as it is typed, then
 * published or discarded. Each form is bound and checked; a refusal shows beside its field.
 */
@Controller
@PreAuthorize("hasRole('PROVINCE_ADMIN')")
class DraftWebController {

	static final String UPLOAD = "criteria/upload";
	static final String DRAFT = "criteria/draft";
	private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	/** The upload's refusals are about the file, or about the set that already has a draft. */
	private static final Map<String, String> UPLOAD_FIELDS = Map.of("criteria.page.noFile", "file",
			"criteria.page.unreadable", "file", "criteria.draft.exists", "productSet", "criteria.draft.unknownSet",
			"productSet", "criteria.draft.otherSet", "productSet");

	private final CriteriaApi criteria;
	private final ScorecardAuthoring authoring;
	private final ScorecardFiles files;
	private final CriteriaPages pages;

	DraftWebController(CriteriaApi criteria, ScorecardAuthoring authoring, ScorecardFiles files,
			CriteriaPages pages) {
		this.criteria = criteria;
		this.authoring = authoring;
		this.files = files;
		this.pages = pages;
	}

	/** A part, group or criterion of the editor: its path in the document and the id of its problem list. */
	record Place(String path, String id) {
	}

	@GetMapping("/criteria/upload")
	String uploadForm(Model model) {
		return uploadPage(model);
	}

	/**
	 * A filled-in template (.xlsx) or an {@code ocop-criteria/1} file (.json) becomes a draft of its product set (or of
	 * the set chosen, when the file names none the taxonomy knows), broken rules and all: the editor shows every
	 * problem where it is. Only a file that cannot be read at all is refused, with the reason beside the file.
	 */
	@PostMapping("/criteria/upload")
	String upload(@Valid @ModelAttribute("uploadForm") UploadForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, Authentication user) {
		MultipartFile file = form.getFile();
		ScorecardImport[] imported = new ScorecardImport[1];
		var refusal = pages.run(binding, redirect, null, () -> {
			if (file == null || file.isEmpty()) {
				throw BusinessRuleException.unprocessable("criteria.page.noFile");
			}
			model.addAttribute("fileName", file.getOriginalFilename());
			try {
				return imported[0] = CriteriaApiController.isWorkbook(file)
						? authoring.importWorkbook(file.getInputStream(), form.chosenSet(), user.getName())
						: authoring.importDraft(new String(file.getBytes(), StandardCharsets.UTF_8), form.chosenSet(),
								user.getName());
			}
			catch (ImportProblems e) {
				model.addAttribute("problems", pages.messages(e.problems()));
				throw BusinessRuleException.unprocessable("criteria.page.unreadable");
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}, UPLOAD_FIELDS);
		if (!refusal.refused()) {
			ScorecardDraftView draft = imported[0].draft();
			redirect.addFlashAttribute("flash", draft.check().publishable() ? "criteria.page.uploaded"
					: "criteria.page.uploadedWithProblems");
			redirect.addFlashAttribute("replaced", pages.messages(imported[0].replaced()));
			return "redirect:/criteria/drafts/" + draft.id();
		}
		model.addAttribute("existingDraft", refusal.property("draftId"));
		return uploadPage(model);
	}

	/** Starts the draft of a product set (a new scorecard, or the next version), or opens the one it has. */
	@PostMapping("/criteria/drafts")
	String startDraft(@Valid @ModelAttribute("startForm") DraftStartForm form, BindingResult binding, Model model,
			Authentication user, RedirectAttributes redirect) {
		ScorecardDraftView[] draft = new ScorecardDraftView[1];
		if (!pages.run(binding, redirect, null, () -> draft[0] = authoring.draftFor(form.getProductSet())
				.orElseGet(() -> authoring.startDraft(form.getProductSet(), user.getName())), Map.of())
				.refused()) {
			return "redirect:/criteria/drafts/" + draft[0].id();
		}
		return uploadPage(model);
	}

	@GetMapping("/criteria/drafts/{id}")
	String draft(@PathVariable UUID id, Model model) {
		return draftPage(authoring.draft(id), model);
	}

	/** The editor's form, with the scorecard's fields of the request ({@link DraftEditForm#of}). */
	@ModelAttribute("editForm")
	DraftEditForm editForm(HttpServletRequest request) {
		return DraftEditForm.of(request.getParameterMap());
	}

	/**
	 * Saves the editor's form as typed: on a change (htmx) answers the problems and part totals; on a button (add or
	 * remove a part, group, criterion, option, band) the whole editor; without htmx, back to the editor.
	 */
	@PostMapping("/criteria/drafts/{id}")
	String revise(@PathVariable UUID id, @Valid @ModelAttribute("editForm") DraftEditForm form, BindingResult binding,
			Model model, Authentication user, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			RedirectAttributes redirect) {
		ScorecardDraftView[] saved = new ScorecardDraftView[1];
		boolean refused = pages.run(binding, redirect, null, () -> {
			var doc = DraftForm.apply(authoring.draft(id).document(), form.fields());
			try {
				DraftButtons.act(doc, form.pressed());
			}
			catch (RuntimeException e) {
				// a button naming a part, group or criterion that is no longer there: nothing to do
			}
			return saved[0] = authoring.revise(id, PRETTY.writeValueAsString(doc), user.getName());
		}, Map.of()).refused();
		if (htmx == null && !refused) {
			return "redirect:/criteria/drafts/" + id;
		}
		// typing answers the problem list and, out of band, the problems shown beside each part, group and criterion
		model.addAttribute("oob", form.typing());
		draftPage(refused ? authoring.draft(id) : saved[0], model);
		if (htmx == null) {
			return DRAFT;
		}
		return form.typing() ? DRAFT + " :: check" : DRAFT + " :: body";
	}

	@PostMapping("/criteria/drafts/{id}/publish")
	String publish(@PathVariable UUID id, Model model, Authentication user, RedirectAttributes redirect) {
		try {
			ScorecardSummary published = authoring.publish(id, user.getName());
			redirect.addFlashAttribute("flash", "criteria.page.publishedFlash");
			return "redirect:/criteria/" + published.code();
		}
		catch (ImportProblems e) {
			model.addAttribute("error", pages.text("criteria.page.notPublished", e.problems().size()));
			FormFields.refused(null);
			return draftPage(authoring.draft(id), model);
		}
	}

	@PostMapping("/criteria/drafts/{id}/discard")
	String discard(@PathVariable UUID id, RedirectAttributes redirect) {
		authoring.discard(id);
		redirect.addFlashAttribute("flash", "criteria.page.discarded");
		return "redirect:/criteria";
	}

	@GetMapping("/criteria/drafts/{id}/export.xlsx")
	ResponseEntity<byte[]> draftXlsx(@PathVariable UUID id) {
		String set = authoring.draft(id).productSetCode();
		return ResponseEntity.ok().header("Content-Disposition", CriteriaWebController.attachment("ban-nhap-" + set + ".xlsx"))
				.contentType(CriteriaWebController.XLSX).body(files.draftWorkbook(id));
	}

	private String uploadPage(Model model) {
		model.addAttribute("sets", setsWithoutDraft());
		if (!model.containsAttribute("startForm")) {
			model.addAttribute("startForm", new DraftStartForm());
		}
		if (!model.containsAttribute("uploadForm")) {
			model.addAttribute("uploadForm", new UploadForm());
		}
		return UPLOAD;
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
		var editable = EditableDraft.of(doc);
		model.addAttribute("doc", EditableDraft.toMap(editable));
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
		model.addAttribute("problems", pages.messages(draft.check().problems()));
		Map<String, List<String>> at = new HashMap<>();
		for (int i = 0; i < draft.check().problems().size(); i++) {
			var p = draft.check().problems().get(i);
			at.computeIfAbsent(draft.check().location(i), k -> new ArrayList<>())
					.add(pages.text(p.messageCode(), p.arguments().toArray()));
		}
		model.addAttribute("problemsAt", at);
		model.addAttribute("check", draft.check());
		model.addAttribute("versions", authoring.versions(draft.productSetCode()));
		return DRAFT;
	}

	private List<ProductSet> setsWithoutDraft() {
		var drafted = authoring.drafts().stream().map(ScorecardDraftView::productSetCode).collect(Collectors.toSet());
		List<ProductSet> sets = new ArrayList<>();
		for (Regulation regulation : CriteriaWebController.newestFirst(criteria.regulations())) {
			if (criteria.taxonomyRegulation(regulation.code()).equals(regulation.code())) {
				criteria.productSets(regulation.code()).stream().filter(s -> !drafted.contains(s.code())).forEach(sets::add);
			}
		}
		return sets;
	}
}
