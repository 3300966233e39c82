package vn.ocop.evaluation.web;

import static vn.ocop.evaluation.web.ScoringPageModel.PAGE;
import static vn.ocop.evaluation.web.ScoringPageModel.STATUS_FRAGMENT;
import static vn.ocop.evaluation.web.ScoringPageModel.redirectToPage;
import static vn.ocop.evaluation.web.ScoringPageModel.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
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
import vn.ocop.evaluation.Scoring;
import vn.ocop.evaluation.ScoringView;
import vn.ocop.shared.BusinessRuleException;

/**
 * A council member scores a product: every change is saved at once (htmx) and answered with the running total and
 * what is still unanswered; the member submits, or re-scores after the council discussed a divergence. What the page
 * shows is {@link ScoringPageModel}'s; declaring a conflict of interest is {@link ConflictWebController}'s.
 */
@Controller
class ScoringWebController {

	static final String PICK_PREFIX = "pick.";

	private final Scoring scoring;
	private final ScoringPageModel page;

	ScoringWebController(Scoring scoring, ScoringPageModel page) {
		this.scoring = scoring;
		this.page = page;
	}

	@GetMapping("/evaluation/sessions/{id}/products/{productId}")
	String page(@PathVariable UUID id, @PathVariable UUID productId, Model model) {
		page.pageModel(id, productId, model);
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
				page.statusModel(id, productId, view, model);
				return STATUS_FRAGMENT;
			}
			redirect.addFlashAttribute("flash", "evaluation.page.scoring.savedFlash");
			return redirectToPage(id, productId);
		}
		catch (BusinessRuleException e) {
			String error = page.message(e);
			if (htmx != null) {
				model.addAttribute("error", error);
				page.statusModel(id, productId, page.currentScoring(id, productId), model);
				return STATUS_FRAGMENT;
			}
			response.setStatus(status(e));
			model.addAttribute("saveError", error);
			page.pageModel(id, productId, model);
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
			model.addAttribute("submitError", page.message(e));
			Object unanswered = e.properties().get("unanswered");
			model.addAttribute("submitUnanswered", unanswered == null ? List.of() : unanswered);
			page.pageModel(id, productId, model);
			return PAGE;
		}
	}

	/** Re-scoring after the council discussed a divergence above its spread threshold. */
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
			model.addAttribute("saveError", page.message(e));
			page.pageModel(id, productId, model);
			return PAGE;
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
}
