package vn.ocop.evaluation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.ocop.criteria.CriteriaApi;
import vn.ocop.criteria.ProductSet;
import vn.ocop.criteria.Scorecard;
import vn.ocop.evaluation.CouncilView;
import vn.ocop.evaluation.CouncilSetup;
import vn.ocop.evaluation.EvaluationStatus;
import vn.ocop.evaluation.EvaluationView;
import vn.ocop.evaluation.Progress;
import vn.ocop.evaluation.Scoring;
import vn.ocop.evaluation.ScoringStatus;
import vn.ocop.evaluation.ScoringView;
import vn.ocop.evaluation.SessionPlanning;
import vn.ocop.evaluation.SessionProgress;
import vn.ocop.registry.Dossier;
import vn.ocop.registry.ProductSummary;
import vn.ocop.registry.RegistryManagement;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;

/**
 * A council member's scoring page: the product and its dossier beside the scorecard. Every change is saved at once
 * (htmx) and answered with the running total and what is still unanswered; the member submits, declares a conflict
 * of interest, or re-scores after the council discussed a divergence.
 */
@Controller
class ScoringWebController {

	static final String PAGE = "evaluation/scoring";
	static final String STATUS_FRAGMENT = "evaluation/partials/scoring-status :: response";
	static final String PICK_PREFIX = "pick.";

	private final Scoring scoring;
	private final SessionPlanning sessions;
	private final CouncilSetup councils;
	private final SessionProgress sessionProgress;
	private final RegistryManagement registry;
	private final CriteriaApi criteria;
	private final EvaluationWebSupport support;

	ScoringWebController(Scoring scoring, SessionPlanning sessions, CouncilSetup councils,
			SessionProgress sessionProgress, RegistryManagement registry, CriteriaApi criteria,
			EvaluationWebSupport support) {
		this.scoring = scoring;
		this.sessions = sessions;
		this.councils = councils;
		this.sessionProgress = sessionProgress;
		this.registry = registry;
		this.criteria = criteria;
		this.support = support;
	}

	@GetMapping("/evaluation/sessions/{id}/products/{productId}")
	String page(@PathVariable UUID id, @PathVariable UUID productId, Model model) {
		pageModel(id, productId, model);
		return PAGE;
	}

	/**
	 * Saves picks: {@code criterion} + {@code option}, and/or {@code pick.<criterion>=<option>} for every radio of
	 * the form. With {@code HX-Request} the answer is the status fragment (always 200 so that htmx shows a refusal
	 * too); without, the page again (post-redirect-get).
	 */
	@PostMapping("/evaluation/sessions/{id}/products/{productId}/picks")
	String save(@PathVariable UUID id, @PathVariable UUID productId, @RequestParam MultiValueMap<String, String> params,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			ScoringView view = scoring.save(id, productId, picks(params), false);
			if (htmx != null) {
				statusModel(id, productId, view, model);
				return STATUS_FRAGMENT;
			}
			redirect.addFlashAttribute("flash", "evaluation.page.scoring.savedFlash");
			return redirectToPage(id, productId);
		}
		catch (BusinessRuleException e) {
			String error = support.message(e.messageCode(), e.arguments());
			if (htmx != null) {
				model.addAttribute("error", error);
				statusModel(id, productId, currentScoring(id, productId), model);
				return STATUS_FRAGMENT;
			}
			response.setStatus(status(e));
			model.addAttribute("saveError", error);
			pageModel(id, productId, model);
			return PAGE;
		}
	}

	/** Saves the picks sent along, then submits: 422 listing the unanswered criteria while any is left. */
	@PostMapping("/evaluation/sessions/{id}/products/{productId}/submit")
	String submit(@PathVariable UUID id, @PathVariable UUID productId, @RequestParam MultiValueMap<String, String> params,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			Map<String, @Nullable Integer> picks = picks(params);
			if (!picks.isEmpty()) {
				scoring.save(id, productId, picks, false);
			}
			scoring.save(id, productId, Map.of(), true);
			redirect.addFlashAttribute("flash", "evaluation.page.scoring.submittedFlash");
			return redirectToPage(id, productId);
		}
		catch (BusinessRuleException e) {
			response.setStatus(status(e));
			model.addAttribute("submitError", support.message(e.messageCode(), e.arguments()));
			Object unanswered = e.properties().get("unanswered");
			model.addAttribute("submitUnanswered", unanswered == null ? List.of() : unanswered);
			pageModel(id, productId, model);
			return PAGE;
		}
	}

	@PostMapping("/evaluation/sessions/{id}/products/{productId}/conflict")
	String conflict(@PathVariable UUID id, @PathVariable UUID productId, @RequestParam(defaultValue = "") String reason,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			scoring.declareConflict(id, productId, reason);
			redirect.addFlashAttribute("flash", "evaluation.page.conflict.declaredFlash");
			return redirectToPage(id, productId);
		}
		catch (BusinessRuleException e) {
			response.setStatus(status(e));
			model.addAttribute("conflictError", support.message(e.messageCode(), e.arguments()));
			model.addAttribute("conflictReason", reason);
			pageModel(id, productId, model);
			return PAGE;
		}
	}

	@PostMapping("/evaluation/sessions/{id}/products/{productId}/rescore")
	String rescore(@PathVariable UUID id, @PathVariable UUID productId, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			scoring.rescore(id, productId);
			redirect.addFlashAttribute("flash", "evaluation.page.scoring.rescoreFlash");
			return redirectToPage(id, productId);
		}
		catch (BusinessRuleException e) {
			response.setStatus(status(e));
			model.addAttribute("saveError", support.message(e.messageCode(), e.arguments()));
			pageModel(id, productId, model);
			return PAGE;
		}
	}

	// ------------------------------------------------------------------ internals

	private void pageModel(UUID id, UUID productId, Model model) {
		EvaluationView session = sessions.evaluation(id);
		EvaluationView.Item item = item(session, productId);
		CouncilView council = councils.council(session.councilId());
		Scorecard scorecard = scorecard(item.scorecardCode());
		ProductSummary product = registry.product(productId);
		Dossier dossier = registry.dossier(productId);
		boolean scores = support.scores(council);
		boolean conflict = false;
		ScoringView scoring = null;
		if (scores) {
			try {
				scoring = this.scoring.scoring(id, productId);
			}
			catch (BusinessRuleException e) {
				if (!"evaluation.conflict.declared".equals(e.messageCode())) {
					throw e;
				}
				conflict = true;
			}
		}
		Progress progress = sessionProgress.progress(id);
		Progress.Row row = progress.rows().stream().filter(r -> r.productId().equals(productId)).findFirst().orElse(null);
		boolean open = session.status() == EvaluationStatus.OPEN;
		boolean submitted = scoring != null && scoring.status() == ScoringStatus.SUBMITTED;
		Map<String, Integer> selections = scoring == null ? Map.of() : scoring.selections();
		List<EvaluationView.Item> items = session.items();
		int index = items.indexOf(item);
		model.addAttribute("sitting", session);
		model.addAttribute("council", council);
		model.addAttribute("item", item);
		model.addAttribute("product", product);
		model.addAttribute("dossier", dossier);
		model.addAttribute("unitName", support.unitName(product.communeCode(), product.unitDate()));
		model.addAttribute("productSetName", criteria.productSet(product.productSetCode()).map(ProductSet::name).orElse(""));
		model.addAttribute("scorecard", scorecard);
		model.addAttribute("scoring", scoring);
		model.addAttribute("selections", selections);
		model.addAttribute("sheet", ScoringSheet.of(scorecard, selections));
		model.addAttribute("scores", scores);
		model.addAttribute("conflict", conflict);
		model.addAttribute("open", open);
		model.addAttribute("editable", scoring != null && open && !submitted);
		model.addAttribute("submitted", submitted);
		model.addAttribute("divergent", row != null && row.divergent());
		model.addAttribute("mayRescore", submitted && open && row != null && row.divergent());
		model.addAttribute("mayDeclareConflict", scores && open && !conflict && !submitted);
		model.addAttribute("previous", index > 0 ? items.get(index - 1) : null);
		model.addAttribute("next", index >= 0 && index + 1 < items.size() ? items.get(index + 1) : null);
		model.addAttribute("position", index + 1);
	}

	private void statusModel(UUID id, UUID productId, @Nullable ScoringView view, Model model) {
		EvaluationView session = sessions.evaluation(id);
		Scorecard scorecard = scorecard(item(session, productId).scorecardCode());
		model.addAttribute("scorecard", scorecard);
		model.addAttribute("scoring", view);
		model.addAttribute("sheet", ScoringSheet.of(scorecard, view == null ? Map.of() : view.selections()));
		model.addAttribute("oob", true);
	}

	private @Nullable ScoringView currentScoring(UUID id, UUID productId) {
		try {
			return this.scoring.scoring(id, productId);
		}
		catch (BusinessRuleException | AccessDeniedException e) {
			return null;
		}
	}

	/** The picks of a request: {@code criterion}/{@code option}, and every {@code pick.<criterion>} parameter. */
	static Map<String, @Nullable Integer> picks(MultiValueMap<String, String> params) {
		Map<String, @Nullable Integer> picks = new LinkedHashMap<>();
		List<String> bad = new ArrayList<>();
		params.forEach((name, values) -> {
			if (name.startsWith(PICK_PREFIX) && name.length() > PICK_PREFIX.length() && !values.isEmpty()) {
				put(picks, bad, name.substring(PICK_PREFIX.length()), values.get(values.size() - 1));
			}
		});
		String criterion = params.getFirst("criterion");
		if (criterion != null && !criterion.isBlank()) {
			put(picks, bad, criterion.strip(), params.getFirst("option"));
		}
		if (!bad.isEmpty()) {
			throw BusinessRuleException.unprocessable("evaluation.scoring.unknown", "", String.join(", ", bad));
		}
		return picks;
	}

	private static void put(Map<String, @Nullable Integer> picks, List<String> bad, String criterion, @Nullable String option) {
		if (option == null || option.isBlank()) {
			picks.put(criterion, null);
			return;
		}
		try {
			picks.put(criterion, Integer.valueOf(option.strip()));
		}
		catch (NumberFormatException e) {
			bad.add(criterion + "=" + option);
		}
	}

	private static EvaluationView.Item item(EvaluationView session, UUID productId) {
		return session.items().stream().filter(i -> i.productId().equals(productId)).findFirst()
				.orElseThrow(() -> new NotFoundException("evaluation.session.productNotOnAgenda", productId));
	}

	private Scorecard scorecard(String code) {
		return criteria.scorecard(code).orElseThrow(() -> new NotFoundException("criteria.scorecard.notFound", code));
	}

	private static int status(BusinessRuleException e) {
		return e.kind() == BusinessRuleException.Kind.CONFLICT ? 409 : 422;
	}

	private static String redirectToPage(UUID id, UUID productId) {
		return "redirect:/evaluation/sessions/" + id + "/products/" + productId;
	}
}
