package vn.ocop.evaluation.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import vn.ocop.criteria.CriteriaApi;
import vn.ocop.criteria.Scorecard;
import vn.ocop.evaluation.CentralCouncil;
import vn.ocop.evaluation.EvaluationResults;
import vn.ocop.evaluation.ProductEvaluation;
import vn.ocop.registry.ProductSummary;
import vn.ocop.registry.RegistryManagement;
import vn.ocop.shared.BusinessRuleException;

/**
 * A product's evaluation results at every level side by side, for its producer and the officers: score, stars,
 * points per part and per criterion group against their maximum, and how far the product is from the next star.
 */
@Controller
class ProductResultWebController {

	static final String PAGE = "evaluation/product-results";

	/** The fields the central council's rules and the document's checks are about. */
	private static final Map<String, String> CENTRAL_FIELDS = Map.of("evaluation.central.score", "score",
			"evaluation.central.stars", "proposedStars", "evaluation.central.fiveBelow90", "proposedStars",
			"evaluation.central.date", "evaluatedOn", "evaluation.central.reference", "minutesReference",
			"registry.document.empty", "file", "registry.document.tooLarge", "file",
			"registry.document.badContent", "file");

	private final EvaluationResults evaluation;
	private final RegistryManagement registry;
	private final CriteriaApi criteria;
	private final CentralCouncil central;
	private final EvaluationWebSupport support;

	ProductResultWebController(EvaluationResults evaluation, RegistryManagement registry, CriteriaApi criteria,
			CentralCouncil central, EvaluationWebSupport support) {
		this.evaluation = evaluation;
		this.registry = registry;
		this.criteria = criteria;
		this.central = central;
		this.support = support;
	}

	@GetMapping("/evaluation/products/{productId}")
	String results(@PathVariable UUID productId, Model model) {
		ProductSummary product = registry.product(productId);
		List<ProductEvaluation> results = evaluation.productEvaluations(productId);
		String scorecardCode = results.isEmpty() ? product.productSetCode()
				: results.get(results.size() - 1).scorecardCode();
		Scorecard scorecard = criteria.scorecard(scorecardCode).orElse(null);
		model.addAttribute("product", product);
		model.addAttribute("results", results);
		model.addAttribute("latest", results.isEmpty() ? null : results.get(results.size() - 1));
		model.addAttribute("scorecard", scorecard);
		model.addAttribute("central", central.result(productId).orElse(null));
		model.addAttribute("awaitingCentral", central.awaiting(productId).isPresent());
		model.addAttribute("mayRecordCentral", central.mayRecord());
		if (!model.containsAttribute("centralForm")) {
			model.addAttribute("centralForm", new CentralResultForm());
		}
		if (!model.containsAttribute("minutesForm")) {
			model.addAttribute("minutesForm", new CentralMinutesForm());
		}
		return PAGE;
	}

	/** The office records the central council's result when it arrives; refused with the reason beside its field. */
	@PostMapping("/evaluation/products/{productId}/central-result")
	String recordCentral(@PathVariable UUID productId, @Valid @ModelAttribute("centralForm") CentralResultForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (!support.run(binding, redirect, "evaluation.page.central.saved", () -> {
			var input = form.toResult();
			var file = form.getFile();
			if (!form.hasFile() || file == null) {
				return central.record(productId, input);
			}
			// the result and its document together: nothing is recorded when the document is refused
			return unchecked(() -> central.record(productId, input, file.getOriginalFilename(), file.getInputStream()));
		}, CENTRAL_FIELDS).refused()) {
			return "redirect:/evaluation/products/" + productId;
		}
		return results(productId, model);
	}

	/** The office attaches (or replaces) the central council's minutes; refused with the reason beside the file. */
	@PostMapping("/evaluation/products/{productId}/central-result/minutes")
	String attachMinutes(@PathVariable UUID productId, @Valid @ModelAttribute("minutesForm") CentralMinutesForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (!support.run(binding, redirect, "evaluation.page.central.attached", () -> {
			var file = form.getFile();
			if (file == null) {
				throw BusinessRuleException.unprocessable("registry.document.empty");
			}
			return unchecked(() -> central.attachMinutes(productId, file.getOriginalFilename(), file.getInputStream()));
		}, CENTRAL_FIELDS).refused()) {
			return "redirect:/evaluation/products/" + productId + "#central-council";
		}
		return results(productId, model);
	}

	/** A change that reads an upload. */
	private interface Upload<T> {
		T run() throws IOException;
	}

	private static <T> T unchecked(Upload<T> upload) {
		try {
			return upload.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The central council's attached minutes, for whoever sees the product's results. */
	@GetMapping("/evaluation/products/{productId}/central-result/minutes")
	ResponseEntity<InputStreamResource> minutes(@PathVariable UUID productId) throws IOException {
		return CentralMinutesDownload.of(central.minutes(productId));
	}
}
