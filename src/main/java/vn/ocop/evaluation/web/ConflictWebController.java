package vn.ocop.evaluation.web;

import static vn.ocop.evaluation.web.ScoringPageModel.PAGE;
import static vn.ocop.evaluation.web.ScoringPageModel.redirectToPage;
import static vn.ocop.evaluation.web.ScoringPageModel.status;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.ocop.evaluation.Scoring;
import vn.ocop.shared.BusinessRuleException;

/**
 * A council member declares a conflict of interest with a product from its scoring page, and so does not score it.
 */
@Controller
class ConflictWebController {

	private final Scoring scoring;
	private final ScoringPageModel page;

	ConflictWebController(Scoring scoring, ScoringPageModel page) {
		this.scoring = scoring;
		this.page = page;
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
			model.addAttribute("conflictError", page.message(e));
			model.addAttribute("conflictReason", reason);
			page.pageModel(id, productId, model);
			return PAGE;
		}
	}
}
