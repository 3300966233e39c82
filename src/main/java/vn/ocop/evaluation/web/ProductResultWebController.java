package vn.ocop.evaluation.web;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.ocop.criteria.CriteriaApi;
import vn.ocop.criteria.Scorecard;
import vn.ocop.evaluation.EvaluationManagement;
import vn.ocop.evaluation.ProductEvaluation;
import vn.ocop.registry.ProductSummary;
import vn.ocop.registry.RegistryManagement;

/**
 * A product's evaluation results at every level side by side, for its producer and the officers: score, stars,
 * points per part and per criterion group against their maximum, and how far the product is from the next star.
 */
@Controller
class ProductResultWebController {

	static final String PAGE = "evaluation/product-results";

	private final EvaluationManagement evaluation;
	private final RegistryManagement registry;
	private final CriteriaApi criteria;

	ProductResultWebController(EvaluationManagement evaluation, RegistryManagement registry, CriteriaApi criteria) {
		this.evaluation = evaluation;
		this.registry = registry;
		this.criteria = criteria;
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
		return PAGE;
	}
}
