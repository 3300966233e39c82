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
import org.springframework.util.MultiValueMap;
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
import vn.ocop.evaluation.Attendance;
import vn.ocop.evaluation.AttendanceStatus;
import vn.ocop.evaluation.CouncilLevel;
import vn.ocop.evaluation.CouncilRules;
import vn.ocop.evaluation.CouncilView;
import vn.ocop.evaluation.EvaluationManagement;
import vn.ocop.evaluation.EvaluationStatus;
import vn.ocop.evaluation.EvaluationView;
import vn.ocop.evaluation.MarkedCriterion;
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
		model.addAttribute("mayManage", evaluation.mayManage(id));
		model.addAttribute("national", CouncilRules.NATIONAL);
		return COUNCIL;
	}

	/** The office changes the council's operating rules; sessions already opened keep theirs. */
	@PostMapping("/evaluation/councils/{id}/rules")
	String changeRules(@PathVariable UUID id, @RequestParam(defaultValue = "0") int quorumPercent,
			@RequestParam(defaultValue = "false") boolean chairRequired, @RequestParam(defaultValue = "0") int spreadThreshold,
			@RequestParam(defaultValue = "-1") int maxRescorings, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			evaluation.changeRules(id, new CouncilRules(quorumPercent, chairRequired, spreadThreshold, maxRescorings));
			redirect.addFlashAttribute("flash", "evaluation.page.rules.savedFlash");
			return "redirect:/evaluation/councils/" + id;
		}
		catch (BusinessRuleException e) {
			response.setStatus(422);
			model.addAttribute("rulesError", support.message(e.messageCode(), e.arguments()));
			return council(id, model);
		}
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
			model.addAttribute("closeProblems", e.properties());
			EvaluationView session = evaluation.evaluation(id);
			sessionModel(session, evaluation.council(session.councilId()), model);
			return SESSION;
		}
	}

	// ------------------------------------------------------------------ council procedure

	/** The chair or the secretary records the meeting's attendance: {@code status.<username>}, {@code note.<username>}. */
	@PostMapping("/evaluation/sessions/{id}/attendance")
	String attendance(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		EvaluationView session = evaluation.evaluation(id);
		CouncilView council = evaluation.council(session.councilId());
		List<Attendance> entries = new ArrayList<>();
		for (var member : council.members()) {
			String value = params.getFirst("status." + member.username());
			AttendanceStatus status;
			try {
				status = value == null || value.isBlank() ? null : AttendanceStatus.valueOf(value);
			}
			catch (IllegalArgumentException e) {
				status = null;
			}
			if (status != null) {
				String note = params.getFirst("note." + member.username());
				entries.add(new Attendance(member.username(), status,
						note == null ? null : note.substring(0, Math.min(note.length(), 500))));
			}
		}
		return procedure(id, () -> evaluation.recordAttendance(id, entries), "evaluation.page.attendance.savedFlash",
				model, redirect, response);
	}

	@PostMapping("/evaluation/sessions/{id}/products/{productId}/case")
	String chooseCase(@PathVariable UUID id, @PathVariable UUID productId,
			@RequestParam(name = "caseNumber", defaultValue = "0") int caseNumber, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return procedure(id, () -> evaluation.chooseCase(id, productId, caseNumber), "evaluation.page.case.savedFlash",
				model, redirect, response);
	}

	@PostMapping("/evaluation/sessions/{id}/products/{productId}/disqualifiers")
	String disqualifiers(@PathVariable UUID id, @PathVariable UUID productId,
			@RequestParam(name = "disqualified", defaultValue = "false") boolean disqualified,
			@RequestParam(name = "reason", required = false) @Nullable String reason, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		String text = reason == null ? null : reason.substring(0, Math.min(reason.length(), 1000));
		return procedure(id, () -> evaluation.checkDisqualifiers(id, productId, disqualified, text),
				"evaluation.page.disqualifiers.savedFlash", model, redirect, response);
	}

	/** The chair records the council's agreed answers: {@code answer.<criterion>=<option>} (0: nothing ticked). */
	@PostMapping("/evaluation/sessions/{id}/products/{productId}/agreed-answers")
	String agreedAnswers(@PathVariable UUID id, @PathVariable UUID productId,
			@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Map<String, Integer> answers = new LinkedHashMap<>();
		params.forEach((name, values) -> {
			if (name.startsWith("answer.") && !values.isEmpty() && values.get(0) != null && !values.get(0).isBlank()) {
				try {
					answers.put(name.substring("answer.".length()), Integer.valueOf(values.get(0).strip()));
				}
				catch (NumberFormatException e) {
					answers.put(name.substring("answer.".length()), -1);
				}
			}
		});
		return procedure(id, () -> evaluation.recordAgreedAnswers(id, productId, answers),
				"evaluation.page.agreed.savedFlash", model, redirect, response);
	}

	@PostMapping("/evaluation/sessions/{id}/products/{productId}/divergence")
	String settleDivergence(@PathVariable UUID id, @PathVariable UUID productId,
			@RequestParam(name = "record", defaultValue = "") String record, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		String text = record.substring(0, Math.min(record.length(), 2000));
		return procedure(id, () -> evaluation.settleDivergence(id, productId, text),
				"evaluation.page.divergence.savedFlash", model, redirect, response);
	}

	/** Runs a step of the council's procedure: back to the session page, or the page again with the refusal. */
	private String procedure(UUID id, Runnable step, String flash, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			step.run();
			redirect.addFlashAttribute("flash", flash);
			return "redirect:/evaluation/sessions/" + id + "#procedure";
		}
		catch (BusinessRuleException e) {
			response.setStatus(e.kind() == BusinessRuleException.Kind.CONFLICT ? 409 : 422);
			model.addAttribute("procedureError", support.message(e.messageCode(), e.arguments()));
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
		model.addAttribute("chair", support.roleIn(council).filter(r -> r == MemberRole.CHAIR).isPresent());
		model.addAttribute("attendanceStatuses", AttendanceStatus.values());
		model.addAttribute("presentCount", council.members().stream().filter(m -> m.role().scores())
				.filter(m -> session.attendanceOf(m.username()) == AttendanceStatus.PRESENT).count());
		model.addAttribute("scoringCount", council.members().stream().filter(m -> m.role().scores()).count());
		model.addAttribute("quorumCount", session.rules().quorumOf(council.members().stream().filter(m -> m.role().scores()).count()));
		if (runs && session.status() == EvaluationStatus.OPEN) {
			List<ProcedureRow> procedure = new ArrayList<>();
			for (EvaluationView.Item item : session.items()) {
				Scorecard scorecard = criteria.scorecard(item.scorecardCode()).orElse(null);
				Progress.Row row = progress.rows().stream().filter(r -> r.productId().equals(item.productId())).findFirst()
						.orElse(null);
				List<MarkedCriterion> differing = evaluation.markedCriteria(session.id(), item.productId()).stream()
						.filter(MarkedCriterion::membersDiffer).toList();
				List<Scorecard.Case> cases = scorecard == null ? List.of() : scorecard.criteria()
						.filter(Scorecard.Criterion::hasCases).findFirst().map(Scorecard.Criterion::cases).orElse(List.of());
				procedure.add(new ProcedureRow(item, scorecard, row, differing, cases));
			}
			model.addAttribute("procedure", procedure);
		}
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

	/**
	 * A product's procedure as the chair and the secretary record it: the case, the disqualifier check, the
	 * divergence and the marked criteria on which members differ.
	 */
	record ProcedureRow(EvaluationView.Item item, @Nullable Scorecard scorecard, Progress.@Nullable Row row,
			List<MarkedCriterion> differing, List<Scorecard.Case> cases) {
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
		// the scorecard of the rule the dossier is evaluated under (its filing day and type), in its newest version
		boolean hasScorecard = evaluation.hasScorecardForSession(product);
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
