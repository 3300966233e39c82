package vn.ocop.evaluation.web;

import static vn.ocop.evaluation.web.ScoringPageModel.PAGE;
import static vn.ocop.evaluation.web.ScoringPageModel.redirectToPage;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import vn.ocop.evaluation.Scoring;

/**
 * A council member declares a conflict of interest with a product from its scoring page, and so does not score it.
 */
@Controller
class ConflictWebController {

	/** The declaration's own rule: a reason is required. */
	private static final Map<String, String> REASON = Map.of("registry.product.reasonRequired", "reason");

	private final Scoring scoring;
	private final ScoringPageModel page;
	private final EvaluationWebSupport support;

	ConflictWebController(Scoring scoring, ScoringPageModel page, EvaluationWebSupport support) {
		this.scoring = scoring;
		this.page = page;
		this.support = support;
	}

	@PostMapping("/evaluation/sessions/{id}/products/{productId}/conflict")
	String conflict(@PathVariable UUID id, @PathVariable UUID productId,
			@Valid @ModelAttribute("conflictForm") ConflictForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!support.run(binding, redirect, "evaluation.page.conflict.declaredFlash",
				() -> {
					scoring.declareConflict(id, productId, form.getReason());
					return id;
				}, REASON).refused()) {
			return redirectToPage(id, productId);
		}
		page.pageModel(id, productId, model);
		return PAGE;
	}
}
