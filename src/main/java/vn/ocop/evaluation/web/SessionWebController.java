package vn.ocop.evaluation.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import vn.ocop.evaluation.CouncilLevel;
import vn.ocop.evaluation.CouncilView;
import vn.ocop.evaluation.CouncilSetup;
import vn.ocop.evaluation.EvaluationResults;
import vn.ocop.evaluation.SessionClosing;
import vn.ocop.evaluation.SessionPlanning;
import vn.ocop.evaluation.SessionProgress;
import vn.ocop.evaluation.EvaluationStatus;
import vn.ocop.evaluation.EvaluationView;
import vn.ocop.evaluation.MinutesPdf;
import vn.ocop.evaluation.Outcome;
import vn.ocop.evaluation.ProductEvaluation;
import vn.ocop.registry.ProductFilter;
import vn.ocop.registry.ProductStatus;
import vn.ocop.registry.ProductSummary;
import vn.ocop.registry.RegistryManagement;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.web.FormFields;

/**
 * A council's sessions: choosing the council, opening a session over a batch of products, following it live
 * (progress matrix), closing it, and its minutes (PDF).
 */
@Controller
class SessionWebController {

	static final String CHOOSE_COUNCIL = "evaluation/choose-council";
	static final String SESSION_FORM = "evaluation/session-form";
	static final String SESSION = "evaluation/session";
	static final String PROGRESS_FRAGMENT = "evaluation/partials/progress :: progress";

	/** The agenda's rules are about the products ticked. */
	private static final Map<String, String> AGENDA_FIELDS = Map.of("evaluation.session.noProducts", "productIds",
			"evaluation.session.outsideArea", "productIds", "evaluation.session.mixedRegulations", "productIds",
			"evaluation.session.noScorecard", "productIds", "evaluation.session.alreadyOnAgenda", "productIds",
			"evaluation.session.notFiled", "productIds", "evaluation.session.transitionOver", "productIds",
			"registry.product.notFound", "productIds");

	private final CouncilSetup councils;
	private final SessionPlanning sessions;
	private final SessionClosing closing;
	private final SessionProgress progress;
	private final EvaluationResults results;
	private final RegistryManagement registry;
	private final MinutesPdf minutes;
	private final SessionPageModel page;
	private final EvaluationWebSupport support;

	SessionWebController(CouncilSetup councils, SessionPlanning sessions, SessionClosing closing, SessionProgress progress, EvaluationResults results, RegistryManagement registry, MinutesPdf minutes, SessionPageModel page, EvaluationWebSupport support) {
		this.councils = councils;
		this.sessions = sessions;
		this.closing = closing;
		this.progress = progress;
		this.results = results;
		this.registry = registry;
		this.minutes = minutes;
		this.page = page;
		this.support = support;
	}

	@GetMapping("/evaluation/sessions/new")
	String chooseCouncil(@RequestParam(required = false) @Nullable UUID councilId, Model model) {
		if (councilId != null) {
			return "redirect:/evaluation/councils/" + councilId + "/sessions/new";
		}
		List<CouncilView> councils = this.councils.councils().stream().filter(support::mayOpen).toList();
		model.addAttribute("councils", councils);
		model.addAttribute("unitNames", support.unitNames(councils));
		return CHOOSE_COUNCIL;
	}

	@GetMapping("/evaluation/councils/{id}/sessions/new")
	String newSession(@PathVariable UUID id, Model model) {
		CouncilView council = councils.council(id);
		requireMayOpen(council);
		model.addAttribute("sessionForm", new SessionOpenForm());
		return sessionForm(council, model);
	}

	@PostMapping("/evaluation/councils/{id}/sessions")
	String openSession(@PathVariable UUID id, @Valid @ModelAttribute("sessionForm") SessionOpenForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		CouncilView council = councils.council(id);
		requireMayOpen(council);
		EvaluationView[] opened = new EvaluationView[1];
		if (!support.run(binding, redirect, "evaluation.page.session.opened",
				() -> opened[0] = sessions.open(id, form.getProductIds()), AGENDA_FIELDS).refused()) {
			return "redirect:/evaluation/sessions/" + opened[0].id();
		}
		return sessionForm(council, model);
	}

	/** The session page; with {@code HX-Request}, only the live progress matrix (polled every 5 s). */
	@GetMapping("/evaluation/sessions/{id}")
	String session(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			Model model, HttpServletResponse response) {
		EvaluationView session = sessions.evaluation(id);
		CouncilView council = councils.council(session.councilId());
		page.fill(session, council, model);
		if (htmx != null) {
			if (session.status() == EvaluationStatus.CLOSED) {
				// the session was closed meanwhile: reload the whole page to show its results
				response.setHeader("HX-Refresh", "true");
			}
			return PROGRESS_FRAGMENT;
		}
		return SESSION;
	}

	@PostMapping("/evaluation/sessions/{id}/close")
	String close(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		try {
			closing.close(id);
			redirect.addFlashAttribute("flash", "evaluation.page.session.closedFlash");
			return "redirect:/evaluation/sessions/" + id;
		}
		catch (BusinessRuleException e) {
			FormFields.refused(e);
			model.addAttribute("closeError", support.message(e.messageCode(), e.arguments()));
			model.addAttribute("unscored", e.properties().getOrDefault("unscored", List.of()));
			model.addAttribute("withoutQuorum", e.properties().getOrDefault("withoutQuorum", List.of()));
			model.addAttribute("closeProblems", e.properties());
			EvaluationView session = sessions.evaluation(id);
			page.fill(session, councils.council(session.councilId()), model);
			return SESSION;
		}
	}

	/** The minutes (biên bản) of a closed session as PDF. */
	@GetMapping("/evaluation/sessions/{id}/minutes.pdf")
	ResponseEntity<byte[]> minutes(@PathVariable UUID id, Locale locale) {
		EvaluationView session = sessions.evaluation(id);
		if (session.status() != EvaluationStatus.CLOSED) {
			throw BusinessRuleException.conflict("evaluation.page.minutes.notClosed");
		}
		CouncilView council = councils.council(session.councilId());
		byte[] pdf = minutes.render(council, session, progress.progress(id), results.results(id), locale);
		String date = session.closedAt() == null ? "" : "-" + session.closedAt().atZone(support.zone()).toLocalDate();
		return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
						.filename("bien-ban-hoi-dong" + date + ".pdf", StandardCharsets.UTF_8).build().toString())
				.body(pdf);
	}

	private String sessionForm(CouncilView council, Model model) {
		List<Candidate> candidates = candidates(council);
		model.addAttribute("council", council);
		model.addAttribute("unitName", support.unitName(council.unitCode()));
		model.addAttribute("candidates", candidates);
		return SESSION_FORM;
	}

	/** A product that can go on the council's agenda, with the commune's name and whether it has a scorecard. */
	record Candidate(ProductSummary product, String communeName, boolean hasScorecard, boolean escalated) {
	}

	/**
	 * Products the council may take: submitted ones in its area, and those an earlier level passed on to this
	 * council's level that are not on an open agenda yet.
	 */
	private List<Candidate> candidates(CouncilView council) {
		List<Candidate> candidates = new ArrayList<>();
		var submitted = registry.products(new ProductFilter(null, ProductStatus.SUBMITTED, null, council.unitCode(), null,
				null, null), PageRequest.of(0, 500)).getContent();
		submitted.forEach(p -> candidates.add(candidate(p, false)));
		Set<UUID> onOpenAgenda = new HashSet<>();
		sessions.evaluations().stream().filter(e -> e.status() == EvaluationStatus.OPEN)
				.forEach(e -> e.items().forEach(i -> onOpenAgenda.add(i.productId())));
		var underEvaluation = registry.products(new ProductFilter(null, ProductStatus.UNDER_EVALUATION, null,
				council.unitCode(), null, null, null), PageRequest.of(0, 500)).getContent();
		for (ProductSummary product : underEvaluation) {
			if (!onOpenAgenda.contains(product.id()) && escalatedTo(product.id(), council.level())) {
				candidates.add(candidate(product, true));
			}
		}
		candidates.sort(Comparator.comparing((Candidate c) -> -c.product().cycleYear())
				.thenComparing(c -> c.product().name()));
		return candidates;
	}

	private Candidate candidate(ProductSummary product, boolean escalated) {
		// the scorecard of the rule the dossier is evaluated under (its filing day and type), in its newest version
		boolean hasScorecard = sessions.hasScorecardForSession(product);
		return new Candidate(product, support.unitName(product.unitAt()), hasScorecard, escalated);
	}

	private boolean escalatedTo(UUID productId, CouncilLevel level) {
		try {
			List<ProductEvaluation> history = results.productEvaluations(productId);
			if (history.isEmpty()) {
				return false;
			}
			ProductEvaluation last = history.get(history.size() - 1);
			return last.outcome() == Outcome.ESCALATED && last.escalatedTo() == level;
		}
		catch (AccessDeniedException e) {
			return false;
		}
	}

	private void requireMayOpen(CouncilView council) {
		if (!support.mayOpen(council)) {
			throw new AccessDeniedException("Only the office, the chair or the secretary opens a session");
		}
	}
}
