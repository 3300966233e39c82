package vn.ocop.registry.web;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import vn.ocop.registry.CertifiedChanges;

/**
 * The pages of changes to certified details: the producer's request from the product page, the office's queue with
 * its decisions. Both forms are bound and checked; a refused one shows its page again (the product's, or the queue)
 * with the errors beside the field.
 */
@Controller
class CertifiedChangeWebController {

	/** The fields the requests' own rules are about. */
	private static final Map<String, String> RULE_FIELDS = Map.of("registry.certifiedChange.reasonRequired", "note");

	private final CertifiedChanges changes;
	private final ProductPage productPage;
	private final RegistryWebSupport support;

	CertifiedChangeWebController(CertifiedChanges changes, ProductPage productPage, RegistryWebSupport support) {
		this.changes = changes;
		this.productPage = productPage;
		this.support = support;
	}

	@GetMapping("/registry/certified-changes")
	String queue(Model model) {
		return queue(model, null);
	}

	private String queue(Model model, @Nullable UUID decidingId) {
		model.addAttribute("requests", changes.pending());
		model.addAttribute("mayDecideChange", changes.mayDecide());
		model.addAttribute("decidingId", decidingId);
		if (!model.containsAttribute("decisionForm")) {
			model.addAttribute("decisionForm", new ChangeDecisionForm());
		}
		return "registry/certified-changes";
	}

	@PostMapping("/registry/products/{id}/certified-changes")
	String request(@PathVariable UUID id, @Valid @ModelAttribute("changeForm") CertifiedChangeForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (support.attempt(binding, redirect, "registry.page.certifiedChange.sent",
				() -> changes.request(id, form.toChange()), RULE_FIELDS)) {
			return "redirect:/registry/products/" + id + "#certified-changes";
		}
		return productPage.render(id, model, null);
	}

	@PostMapping("/registry/certified-changes/{id}/decision")
	String decide(@PathVariable UUID id, @Valid @ModelAttribute("decisionForm") ChangeDecisionForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		boolean approve = form.getDecision().equals("approve");
		String back = form.productPage();
		if (support.attempt(binding, redirect,
				approve ? "registry.page.certifiedChange.approved" : "registry.page.certifiedChange.rejected",
				() -> approve ? changes.approve(id, form.getNote()) : changes.reject(id, form.getNote()), RULE_FIELDS)) {
			return "redirect:" + (back != null ? back : "/registry/certified-changes");
		}
		if (back != null) {
			return productPage.render(UUID.fromString(back.substring(back.lastIndexOf('/') + 1)), model, id);
		}
		return queue(model, id);
	}
}
