package vn.ocop.evaluation.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

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
 * What a council member's scoring page shows: the product and its dossier beside the scorecard, the member's picks,
 * what they may still do; and the status fragment answered to each htmx save.
 */
@Component
class ScoringPageModel {

	static final String PAGE = "evaluation/scoring";
	static final String STATUS_FRAGMENT = "evaluation/partials/scoring-status :: response";

	private final Scoring scoring;
	private final SessionPlanning sessions;
	private final CouncilSetup councils;
	private final SessionProgress sessionProgress;
	private final RegistryManagement registry;
	private final CriteriaApi criteria;
	private final EvaluationWebSupport support;

	ScoringPageModel(Scoring scoring, SessionPlanning sessions, CouncilSetup councils,
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

	/** The text of a refusal, in the reader's language. */
	String message(BusinessRuleException e) {
		return support.message(e.messageCode(), e.arguments());
	}

	/** Fills the model of the whole scoring page. */
	void pageModel(UUID id, UUID productId, Model model) {
		if (!model.containsAttribute("conflictForm")) {
			model.addAttribute("conflictForm", new ConflictForm());
		}
		if (!model.containsAttribute("picksForm")) {
			model.addAttribute("picksForm", new PicksForm());
		}
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
		model.addAttribute("unitName", support.unitName(product.unitAt()));
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

	/** Fills the model of the status fragment after a save. */
	void statusModel(UUID id, UUID productId, @Nullable ScoringView view, Model model) {
		EvaluationView session = sessions.evaluation(id);
		Scorecard scorecard = scorecard(item(session, productId).scorecardCode());
		model.addAttribute("scorecard", scorecard);
		model.addAttribute("scoring", view);
		model.addAttribute("sheet", ScoringSheet.of(scorecard, view == null ? Map.of() : view.selections()));
		model.addAttribute("oob", true);
	}

	/** The member's scorecard as it stands, or {@code null} when they may not see it. */
	@Nullable ScoringView currentScoring(UUID id, UUID productId) {
		try {
			return this.scoring.scoring(id, productId);
		}
		catch (BusinessRuleException | AccessDeniedException e) {
			return null;
		}
	}

	private static EvaluationView.Item item(EvaluationView session, UUID productId) {
		return session.items().stream().filter(i -> i.productId().equals(productId)).findFirst()
				.orElseThrow(() -> new NotFoundException("evaluation.session.productNotOnAgenda", productId));
	}

	private Scorecard scorecard(String code) {
		return criteria.scorecard(code).orElseThrow(() -> new NotFoundException("criteria.scorecard.notFound", code));
	}

	/** Post-redirect-get back to the scoring page. */
	static String redirectToPage(UUID id, UUID productId) {
		return "redirect:/evaluation/sessions/" + id + "/products/" + productId;
	}
}
