package vn.ocop.evaluation.web;

import static vn.ocop.evaluation.web.ScoringPageModel.PAGE;
import static vn.ocop.evaluation.web.ScoringPageModel.STATUS_FRAGMENT;
import static vn.ocop.evaluation.web.ScoringPageModel.redirectToPage;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import vn.ocop.evaluation.Scoring;
import vn.ocop.evaluation.ScoringView;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.web.FormFields;

/**
 * A council member scores a product: every change is saved at once (htmx) and answered with the running total and
 * what is still unanswered; the member submits, or re-scores after the council discussed a divergence. What the page
 * shows is {@link ScoringPageModel}'s; declaring a conflict of interest is {@link ConflictWebController}'s.
 */
@Controller
class ScoringWebController {

	private final Scoring scoring;
	private final ScoringPageModel page;
	private final EvaluationWebSupport support;

	ScoringWebController(Scoring scoring, ScoringPageModel page, EvaluationWebSupport support) {
		this.scoring = scoring;
		this.page = page;
		this.support = support;
	}

	@GetMapping("/evaluation/sessions/{id}/products/{productId}")
	String page(@PathVariable UUID id, @PathVariable UUID productId, Model model) {
		page.pageModel(id, productId, model);
		return PAGE;
	}

	/** The form of the scoring page, with the radios of the request ({@link PicksForm#of}). */
	@ModelAttribute("picksForm")
	PicksForm picksForm(HttpServletRequest request) {
		return PicksForm.of(request.getParameterMap());
	}

	/**
	 * Saves picks: {@code criterion} + {@code option}, and/or {@code pick.<criterion>=<option>} for every radio of
	 * the form. With {@code HX-Request} the answer is the status fragment (422 or 409 with the refusal, which htmx
	 * swaps in too: {@code responseHandling} in ocop.js); without, the page again (post-redirect-get), or the page
	 * with the refusal on the form.
	 */
	@PostMapping("/evaluation/sessions/{id}/products/{productId}/picks")
	String save(@PathVariable UUID id, @PathVariable UUID productId, @Valid @ModelAttribute("picksForm") PicksForm form,
			BindingResult binding, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			Model model, RedirectAttributes redirect) {
		ScoringView[] saved = new ScoringView[1];
		boolean refused = support.run(binding, redirect, "evaluation.page.scoring.savedFlash",
				() -> saved[0] = scoring.save(id, productId, form.picks(), false), Map.of()).refused();
		if (htmx != null) {
			if (refused) {
				model.addAttribute("error", support.errorText(binding));
			}
			page.statusModel(id, productId, refused ? page.currentScoring(id, productId) : saved[0], model);
			return STATUS_FRAGMENT;
		}
		if (!refused) {
			return redirectToPage(id, productId);
		}
		page.pageModel(id, productId, model);
		return PAGE;
	}

	/** Saves the picks sent along, then submits: 422 listing the unanswered criteria while any is left. */
	@PostMapping("/evaluation/sessions/{id}/products/{productId}/submit")
	String submit(@PathVariable UUID id, @PathVariable UUID productId, @Valid @ModelAttribute("picksForm") PicksForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		var refusal = support.run(binding, redirect, "evaluation.page.scoring.submittedFlash", () -> {
			Map<String, @Nullable Integer> picks = form.picks();
			if (!picks.isEmpty()) {
				scoring.save(id, productId, picks, false);
			}
			return scoring.save(id, productId, Map.of(), true);
		}, Map.of());
		if (!refusal.refused()) {
			return redirectToPage(id, productId);
		}
		model.addAttribute("submitUnanswered", refusal.property("unanswered", List.of()));
		page.pageModel(id, productId, model);
		return PAGE;
	}

	/** Re-scoring after the council discussed a divergence above its spread threshold. */
	@PostMapping("/evaluation/sessions/{id}/products/{productId}/rescore")
	String rescore(@PathVariable UUID id, @PathVariable UUID productId, Model model, RedirectAttributes redirect) {
		try {
			scoring.rescore(id, productId);
			redirect.addFlashAttribute("flash", "evaluation.page.scoring.rescoreFlash");
			return redirectToPage(id, productId);
		}
		catch (BusinessRuleException e) {
			FormFields.refused(e);
			model.addAttribute("saveError", page.message(e));
			page.pageModel(id, productId, model);
			return PAGE;
		}
	}
}
