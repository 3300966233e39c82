package vn.ocop.registry.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Validator;
import vn.ocop.registry.CertifiedChange;
import vn.ocop.registry.CertifiedChanges;
import vn.ocop.shared.BusinessRuleException;

/**
 * The pages of changes to certified details: the producer's request from the product page, the office's queue with
 * its decisions.
 */
@Controller
class CertifiedChangeWebController {

	private final CertifiedChanges changes;
	private final RegistryWebSupport support;
	private final Validator validator;

	CertifiedChangeWebController(CertifiedChanges changes, RegistryWebSupport support, Validator validator) {
		this.changes = changes;
		this.support = support;
		this.validator = validator;
	}

	@GetMapping("/registry/certified-changes")
	String queue(Model model) {
		model.addAttribute("requests", changes.pending());
		model.addAttribute("mayDecideChange", changes.mayDecide());
		model.addAttribute("zone", support.zone());
		return "registry/certified-changes";
	}

	@PostMapping("/registry/products/{id}/certified-changes")
	String request(@PathVariable UUID id, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String productSetCode, @RequestParam(required = false) @Nullable String packaging,
			@RequestParam(required = false) @Nullable String story, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		var change = new CertifiedChange(name.strip(), productSetCode.strip(), packaging, story, reason.strip());
		var violations = validator.validate(change);
		if (!violations.isEmpty()) {
			var first = violations.iterator().next();
			redirect.addFlashAttribute("changeError", support.text("registry.page.certifiedChange." + first.getPropertyPath())
					+ ": " + first.getMessage());
			return "redirect:/registry/products/" + id + "#certified-changes";
		}
		try {
			changes.request(id, change);
			redirect.addFlashAttribute("flash", "registry.page.certifiedChange.sent");
		}
		catch (BusinessRuleException e) {
			redirect.addFlashAttribute("changeError", support.message(e));
		}
		return "redirect:/registry/products/" + id + "#certified-changes";
	}

	@PostMapping("/registry/certified-changes/{id}/decision")
	String decide(@PathVariable UUID id, @RequestParam(defaultValue = "") String decision,
			@RequestParam(required = false) @Nullable String note,
			@RequestParam(required = false) @Nullable String back, RedirectAttributes redirect) {
		String target = back != null && back.matches("/registry/products/[0-9a-f-]{36}") ? back : "/registry/certified-changes";
		try {
			if (decision.equals("approve")) {
				changes.approve(id, note);
				redirect.addFlashAttribute("flash", "registry.page.certifiedChange.approved");
			}
			else if (decision.equals("reject")) {
				changes.reject(id, note);
				redirect.addFlashAttribute("flash", "registry.page.certifiedChange.rejected");
			}
			else {
				redirect.addFlashAttribute("changeError", support.text("registry.page.selection.unknownDecision"));
			}
		}
		catch (BusinessRuleException e) {
			redirect.addFlashAttribute("changeError", support.message(e));
		}
		return "redirect:" + target;
	}
}
