package vn.ocop.evaluation.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import vn.ocop.criteria.CriteriaApi;
import vn.ocop.criteria.Scorecard;
import vn.ocop.evaluation.CouncilLevel;
import vn.ocop.evaluation.CouncilView;
import vn.ocop.evaluation.EvaluationManagement;
import vn.ocop.evaluation.EvaluationStatus;
import vn.ocop.evaluation.EvaluationView;
import vn.ocop.evaluation.MemberRole;
import vn.ocop.evaluation.MinutesPdf;
import vn.ocop.evaluation.Outcome;
import vn.ocop.evaluation.ProductEvaluation;
import vn.ocop.evaluation.Progress;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.identity.UserManagement;
import vn.ocop.registry.ProductFilter;
import vn.ocop.registry.ProductStatus;
import vn.ocop.registry.ProductSummary;
import vn.ocop.registry.RegistryManagement;
import vn.ocop.shared.BusinessRuleException;

/**
 * The evaluation screens of the office and the council: the overview, setting up a council, opening a session over
 * a batch of products, following a session live (progress matrix), closing it, its results and minutes (PDF).
 */
@Controller
class EvaluationWebController {

	static final String INDEX = "evaluation/index";
	static final String PRODUCER_INDEX = "evaluation/producer-index";
	static final String COUNCIL_FORM = "evaluation/council-form";
	static final String COUNCIL = "evaluation/council";
	static final String CHOOSE_COUNCIL = "evaluation/choose-council";
	static final String SESSION_FORM = "evaluation/session-form";
	static final String SESSION = "evaluation/session";
	static final String PROGRESS_FRAGMENT = "evaluation/partials/progress :: progress";

	private final EvaluationManagement evaluation;
	private final RegistryManagement registry;
	private final CriteriaApi criteria;
	private final UserManagement users;
	private final MinutesPdf minutes;
	private final EvaluationWebSupport support;

	EvaluationWebController(EvaluationManagement evaluation, RegistryManagement registry, CriteriaApi criteria,
			UserManagement users, MinutesPdf minutes, EvaluationWebSupport support) {
		this.evaluation = evaluation;
		this.registry = registry;
		this.criteria = criteria;
		this.users = users;
		this.minutes = minutes;
		this.support = support;
	}

	@InitBinder("councilForm")
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	// ------------------------------------------------------------------ overview

	@GetMapping("/evaluation")
	String index(Model model) {
		CurrentUser user = support.user();
		boolean producerOnly = user.has(Role.PRODUCER) && !user.has(Role.PROVINCE_ADMIN) && !user.has(Role.DISTRICT_OFFICER)
				&& !user.has(Role.COMMUNE_OFFICER) && !user.has(Role.COUNCIL_MEMBER);
		if (producerOnly) {
			model.addAttribute("products", registry.products(ProductFilter.none(), PageRequest.of(0, 200)).getContent());
			return PRODUCER_INDEX;
		}
		List<CouncilView> councils = evaluation.councils();
		List<EvaluationView> sessions = evaluation.evaluations();
		Map<UUID, CouncilView> councilsById = new LinkedHashMap<>();
		councils.forEach(c -> councilsById.put(c.id(), c));
		Set<UUID> openable = new HashSet<>();
		councils.stream().filter(support::mayOpen).forEach(c -> openable.add(c.id()));
		Map<UUID, String> myRoles = new LinkedHashMap<>();
		councils.forEach(c -> support.roleIn(c).ifPresent(r -> myRoles.put(c.id(), r.name())));
		model.addAttribute("councils", councils);
		model.addAttribute("sessions", sessions);
		model.addAttribute("openSessions", sessions.stream().filter(s -> s.status() == EvaluationStatus.OPEN).toList());
		model.addAttribute("closedSessions", sessions.stream().filter(s -> s.status() == EvaluationStatus.CLOSED).toList());
		model.addAttribute("openable", openable);
		model.addAttribute("myRoles", myRoles);
		model.addAttribute("unitNames", unitNames(councils));
		model.addAttribute("mayCreate", support.mayCreateCouncils());
		model.addAttribute("mayOpenAny", !openable.isEmpty());
		return INDEX;
	}

	// ------------------------------------------------------------------ councils

	@GetMapping("/evaluation/councils/new")
	String newCouncil(Model model) {
		requireMayCreate();
		CurrentUser user = support.user();
		model.addAttribute("councilForm", CouncilForm.blank(user.unitCode(), support.currentYear()));
		return councilForm(model);
	}

	@PostMapping("/evaluation/councils/new")
	String createCouncil(@Valid @ModelAttribute("councilForm") CouncilForm form, BindingResult binding,
			@RequestParam(name = "addRow", required = false) @Nullable String addRow, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		requireMayCreate();
		if (addRow != null) {
			form.addRow();
			model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "councilForm");
			return councilForm(model);
		}
		checkMembers(form, binding);
		if (binding.hasErrors()) {
			response.setStatus(422);
			return councilForm(model);
		}
		try {
			var created = evaluation.createCouncil(form.toCommand());
			redirect.addFlashAttribute("flash", "evaluation.page.council.created");
			return "redirect:/evaluation/councils/" + created.id();
		}
		catch (BusinessRuleException e) {
			reject(form, binding, e);
		}
		catch (AccessDeniedException e) {
			binding.rejectValue("unitCode", "evaluation.page.council.notAllowed");
		}
		response.setStatus(422);
		return councilForm(model);
	}

	@GetMapping("/evaluation/councils/{id}")
	String council(@PathVariable UUID id, Model model) {
		CouncilView council = evaluation.council(id);
		model.addAttribute("council", council);
		model.addAttribute("names", support.displayNames(council));
		model.addAttribute("unitName", support.unitName(council.unitCode()));
		model.addAttribute("sessions", evaluation.evaluations().stream().filter(s -> s.councilId().equals(id)).toList());
		model.addAttribute("mayOpen", support.mayOpen(council));
		return COUNCIL;
	}

	// ------------------------------------------------------------------ opening a session

	@GetMapping("/evaluation/sessions/new")
	String chooseCouncil(@RequestParam(required = false) @Nullable UUID councilId, Model model) {
		if (councilId != null) {
			return "redirect:/evaluation/councils/" + councilId + "/sessions/new";
		}
		List<CouncilView> councils = evaluation.councils().stream().filter(support::mayOpen).toList();
		model.addAttribute("councils", councils);
		model.addAttribute("unitNames", unitNames(councils));
		return CHOOSE_COUNCIL;
	}

	@GetMapping("/evaluation/councils/{id}/sessions/new")
	String newSession(@PathVariable UUID id, Model model) {
		CouncilView council = evaluation.council(id);
		requireMayOpen(council);
		return sessionForm(council, Set.of(), model);
	}

	@PostMapping("/evaluation/councils/{id}/sessions")
	String openSession(@PathVariable UUID id, @RequestParam(name = "productIds", required = false) @Nullable List<UUID> productIds,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		CouncilView council = evaluation.council(id);
		requireMayOpen(council);
		List<UUID> chosen = productIds == null ? List.of() : productIds;
		try {
			EvaluationView opened = evaluation.open(id, chosen);
			redirect.addFlashAttribute("flash", "evaluation.page.session.opened");
			return "redirect:/evaluation/sessions/" + opened.id();
		}
		catch (BusinessRuleException e) {
			response.setStatus(e.kind() == BusinessRuleException.Kind.CONFLICT ? 409 : 422);
			model.addAttribute("error", support.message(e.messageCode(), e.arguments()));
			return sessionForm(council, new LinkedHashSet<>(chosen), model);
		}
	}

	// ------------------------------------------------------------------ a session

	/** The session page; with {@code HX-Request}, only the live progress matrix (polled every 5 s). */
	@GetMapping("/evaluation/sessions/{id}")
	String session(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			Model model, HttpServletResponse response) {
		EvaluationView session = evaluation.evaluation(id);
		CouncilView council = evaluation.council(session.councilId());
		sessionModel(session, council, model);
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
	String close(@PathVariable UUID id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			evaluation.close(id);
			redirect.addFlashAttribute("flash", "evaluation.page.session.closedFlash");
			return "redirect:/evaluation/sessions/" + id;
		}
		catch (BusinessRuleException e) {
			response.setStatus(e.kind() == BusinessRuleException.Kind.CONFLICT ? 409 : 422);
			model.addAttribute("closeError", support.message(e.messageCode(), e.arguments()));
			model.addAttribute("unscored", e.properties().getOrDefault("unscored", List.of()));
			model.addAttribute("withoutQuorum", e.properties().getOrDefault("withoutQuorum", List.of()));
			EvaluationView session = evaluation.evaluation(id);
			sessionModel(session, evaluation.council(session.councilId()), model);
			return SESSION;
		}
	}

	/** The minutes (biên bản) of a closed session as PDF. */
	@GetMapping("/evaluation/sessions/{id}/minutes.pdf")
	ResponseEntity<byte[]> minutes(@PathVariable UUID id, Locale locale) {
		EvaluationView session = evaluation.evaluation(id);
		if (session.status() != EvaluationStatus.CLOSED) {
			throw BusinessRuleException.conflict("evaluation.page.minutes.notClosed");
		}
		CouncilView council = evaluation.council(session.councilId());
		byte[] pdf = minutes.render(council, session, evaluation.progress(id), evaluation.results(id), locale);
		String date = session.closedAt() == null ? "" : "-" + session.closedAt().atZone(support.zone()).toLocalDate();
		return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
						.filename("bien-ban-hoi-dong" + date + ".pdf", StandardCharsets.UTF_8).build().toString())
				.body(pdf);
	}

	// ------------------------------------------------------------------ internals

	private void sessionModel(EvaluationView session, CouncilView council, Model model) {
		Progress progress = evaluation.progress(session.id());
		boolean member = support.roleIn(council).isPresent();
		boolean scores = support.scores(council);
		boolean runs = support.runs(council);
		Map<String, String> names = support.displayNames(council);
		model.addAttribute("sitting", session);
		model.addAttribute("council", council);
		model.addAttribute("progress", progress);
		model.addAttribute("names", names);
		model.addAttribute("criteriaCounts", criteriaCounts(session));
		model.addAttribute("scores", scores);
		model.addAttribute("showMatrix", runs || !member);
		model.addAttribute("mayClose", runs && session.status() == EvaluationStatus.OPEN);
		model.addAttribute("open", session.status() == EvaluationStatus.OPEN);
		model.addAttribute("now", support.now());
		if (scores) {
			String me = support.user().username();
			List<MyProduct> mine = new ArrayList<>();
			for (Progress.Row row : progress.rows()) {
				Progress.Cell cell = row.cells().stream().filter(c -> c.username().equals(me)).findFirst()
						.orElse(new Progress.Cell(me, Progress.State.NOT_STARTED, null, 0, 0));
				EvaluationView.Item item = session.items().stream().filter(i -> i.productId().equals(row.productId()))
						.findFirst().orElseThrow();
				mine.add(new MyProduct(item, cell, row.divergent()));
			}
			model.addAttribute("mine", mine);
		}
		if (session.status() == EvaluationStatus.CLOSED) {
			var results = evaluation.results(session.id());
			model.addAttribute("results", results);
			Set<String> usernames = new LinkedHashSet<>(names.keySet());
			results.results().forEach(r -> r.members().forEach(m -> usernames.add(m.username())));
			model.addAttribute("names", support.displayNames(usernames));
		}
	}

	/** A product of the session as one scoring member sees it. */
	record MyProduct(EvaluationView.Item item, Progress.Cell cell, boolean divergent) {
	}

	/** How many criteria each product's scorecard has, by product. */
	private Map<UUID, Long> criteriaCounts(EvaluationView session) {
		Map<String, Long> byScorecard = new LinkedHashMap<>();
		Map<UUID, Long> counts = new LinkedHashMap<>();
		for (EvaluationView.Item item : session.items()) {
			counts.put(item.productId(), byScorecard.computeIfAbsent(item.scorecardCode(),
					code -> criteria.scorecard(code).map(s -> s.criteria().count()).orElse(0L)));
		}
		return counts;
	}

	private String councilForm(Model model) {
		model.addAttribute("levels", CouncilLevel.values());
		model.addAttribute("roles", MemberRole.values());
		model.addAttribute("units", support.councilUnits());
		model.addAttribute("accounts", support.councilMemberAccounts());
		return COUNCIL_FORM;
	}

	private String sessionForm(CouncilView council, Set<UUID> selected, Model model) {
		List<Candidate> candidates = candidates(council);
		model.addAttribute("council", council);
		model.addAttribute("unitName", support.unitName(council.unitCode()));
		model.addAttribute("candidates", candidates);
		model.addAttribute("selected", selected);
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
		evaluation.evaluations().stream().filter(e -> e.status() == EvaluationStatus.OPEN)
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
		boolean hasScorecard = criteria.scorecard(product.productSetCode())
				.map(Scorecard::regulationCode).filter(product.regulationCode()::equals).isPresent();
		return new Candidate(product, support.unitName(product.communeCode(), product.unitDate()), hasScorecard, escalated);
	}

	private boolean escalatedTo(UUID productId, CouncilLevel level) {
		try {
			List<ProductEvaluation> history = evaluation.productEvaluations(productId);
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

	/** Names every account of the form that does not exist, lacks the council role or appears twice. */
	private void checkMembers(CouncilForm form, BindingResult binding) {
		List<CouncilForm.MemberRow> rows = form.getMembers();
		Set<String> seen = new HashSet<>();
		boolean any = false;
		for (int i = 0; i < rows.size(); i++) {
			String username = rows.get(i).getUsername().strip().toLowerCase(Locale.ROOT);
			if (username.isEmpty()) {
				continue;
			}
			any = true;
			String field = "members[" + i + "].username";
			if (rows.get(i).getRole() == null) {
				binding.rejectValue("members[" + i + "].role", "NotNull");
			}
			if (!seen.add(username)) {
				binding.rejectValue(field, "evaluation.council.duplicateMember", new Object[] { username }, null);
				continue;
			}
			var account = users.find(username);
			if (account.isEmpty()) {
				binding.rejectValue(field, "evaluation.council.unknownMember", new Object[] { username }, null);
			}
			else if (!account.get().roles().contains(Role.COUNCIL_MEMBER)) {
				binding.rejectValue(field, "evaluation.council.notCouncilMember", new Object[] { username }, null);
			}
		}
		if (!any) {
			binding.reject("evaluation.page.council.noMembers");
		}
	}

	/** Puts a refusal of the service on the field it concerns. */
	private static void reject(CouncilForm form, BindingResult binding, BusinessRuleException e) {
		String code = e.messageCode();
		if (code.startsWith("geography.")) {
			binding.rejectValue("unitCode", code, e.arguments(), null);
			return;
		}
		if (e.arguments().length > 0 && code.startsWith("evaluation.council.")) {
			String username = String.valueOf(e.arguments()[0]);
			List<CouncilForm.MemberRow> rows = form.getMembers();
			for (int i = 0; i < rows.size(); i++) {
				if (rows.get(i).getUsername().strip().equalsIgnoreCase(username)) {
					binding.rejectValue("members[" + i + "].username", code, e.arguments(), null);
					return;
				}
			}
		}
		binding.reject(code, e.arguments(), null);
	}

	private Map<String, String> unitNames(List<CouncilView> councils) {
		Map<String, String> names = new LinkedHashMap<>();
		councils.forEach(c -> names.computeIfAbsent(c.unitCode(), support::unitName));
		return names;
	}

	private void requireMayCreate() {
		if (!support.mayCreateCouncils()) {
			throw new AccessDeniedException("Only the office sets up councils");
		}
	}

	private void requireMayOpen(CouncilView council) {
		if (!support.mayOpen(council)) {
			throw new AccessDeniedException("Only the office, the chair or the secretary opens a session");
		}
	}
}
