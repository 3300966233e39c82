package vn.ocop.evaluation.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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

	private final EvaluationResults evaluation;
	private final RegistryManagement registry;
	private final CriteriaApi criteria;
	private final CentralCouncil central;
	private final MessageSource messages;

	ProductResultWebController(EvaluationResults evaluation, RegistryManagement registry, CriteriaApi criteria,
			CentralCouncil central, MessageSource messages) {
		this.evaluation = evaluation;
		this.registry = registry;
		this.criteria = criteria;
		this.central = central;
		this.messages = messages;
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
		return PAGE;
	}

	/** The office records the central council's result when it arrives; refused with the reason on the page. */
	@PostMapping("/evaluation/products/{productId}/central-result")
	String recordCentral(@PathVariable UUID productId, @RequestParam(required = false) @Nullable String score,
			@RequestParam(defaultValue = "0") int proposedStars,
			@RequestParam(required = false) @Nullable LocalDate evaluatedOn,
			@RequestParam(required = false) @Nullable String minutesReference,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		try {
			BigDecimal value = score == null || score.isBlank() ? null
					: new BigDecimal(score.strip().replace(',', '.'));
			var input = new CentralCouncil.NewResult(value, proposedStars, evaluatedOn,
					minutesReference == null ? "" : minutesReference);
			if (file == null || file.isEmpty()) {
				central.record(productId, input);
			}
			else {
				// the result and its document together: nothing is recorded when the document is refused
				central.record(productId, input, file.getOriginalFilename(), file.getInputStream());
			}
			redirect.addFlashAttribute("flash", "evaluation.page.central.saved");
		}
		catch (NumberFormatException e) {
			redirect.addFlashAttribute("centralError", messages.getMessage("evaluation.central.score", null,
					LocaleContextHolder.getLocale()));
		}
		catch (BusinessRuleException e) {
			redirect.addFlashAttribute("centralError", messages.getMessage(e.messageCode(), e.arguments(),
					e.messageCode(), LocaleContextHolder.getLocale()));
		}
		return "redirect:/evaluation/products/" + productId;
	}

	/** The office attaches (or replaces) the central council's minutes; refused with the reason on the page. */
	@PostMapping("/evaluation/products/{productId}/central-result/minutes")
	String attachMinutes(@PathVariable UUID productId,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		try {
			if (file == null) {
				throw BusinessRuleException.unprocessable("registry.document.empty");
			}
			central.attachMinutes(productId, file.getOriginalFilename(), file.getInputStream());
			redirect.addFlashAttribute("flash", "evaluation.page.central.attached");
		}
		catch (BusinessRuleException e) {
			redirect.addFlashAttribute("centralError", messages.getMessage(e.messageCode(), e.arguments(),
					e.messageCode(), LocaleContextHolder.getLocale()));
		}
		return "redirect:/evaluation/products/" + productId + "#central-council";
	}

	/** The central council's attached minutes, for whoever sees the product's results. */
	@GetMapping("/evaluation/products/{productId}/central-result/minutes")
	ResponseEntity<InputStreamResource> minutes(@PathVariable UUID productId) throws IOException {
		return CentralMinutesDownload.of(central.minutes(productId));
	}
}
