package vn.ocop.evaluation.web;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import vn.ocop.evaluation.CouncilLevel;
import vn.ocop.evaluation.CouncilRules;
import vn.ocop.evaluation.CouncilView;
import vn.ocop.evaluation.CouncilSetup;
import vn.ocop.evaluation.SessionPlanning;
import vn.ocop.evaluation.EvaluationStatus;
import vn.ocop.evaluation.EvaluationView;
import vn.ocop.evaluation.MemberRole;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.identity.UserManagement;
import vn.ocop.registry.ProductFilter;
import vn.ocop.registry.RegistryManagement;
import vn.ocop.shared.BusinessRuleException;

/**
 * The evaluation overview and the councils: setting one up (the office, or the officer of its level), its page with
 * its sessions, and its operating rules.
 */
@Controller
class CouncilWebController {

	static final String INDEX = "evaluation/index";
	static final String PRODUCER_INDEX = "evaluation/producer-index";
	static final String COUNCIL_FORM = "evaluation/council-form";
	static final String COUNCIL = "evaluation/council";

	/** The fields the council rules' bounds are about. */
	private static final Map<String, String> RULES_FIELDS = Map.of("evaluation.rules.quorum", "quorumPercent",
			"evaluation.rules.spread", "spreadThreshold", "evaluation.rules.rescorings", "maxRescorings");

	private final CouncilSetup councils;
	private final SessionPlanning sessions;
	private final RegistryManagement registry;
	private final UserManagement users;
	private final EvaluationWebSupport support;

	CouncilWebController(CouncilSetup councils, SessionPlanning sessions, RegistryManagement registry, UserManagement users, EvaluationWebSupport support) {
		this.councils = councils;
		this.sessions = sessions;
		this.registry = registry;
		this.users = users;
		this.support = support;
	}

	@InitBinder("councilForm")
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/evaluation")
	String index(Model model) {
		CurrentUser user = support.user();
		boolean producerOnly = user.has(Role.PRODUCER) && !user.has(Role.PROVINCE_ADMIN) && !user.has(Role.DISTRICT_OFFICER)
				&& !user.has(Role.COMMUNE_OFFICER) && !user.has(Role.COUNCIL_MEMBER);
		if (producerOnly) {
			model.addAttribute("products", registry.products(ProductFilter.none(), PageRequest.of(0, 200)).getContent());
			return PRODUCER_INDEX;
		}
		List<CouncilView> councils = this.councils.councils();
		List<EvaluationView> sessions = this.sessions.evaluations();
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
		model.addAttribute("unitNames", support.unitNames(councils));
		model.addAttribute("mayCreate", support.mayCreateCouncils());
		model.addAttribute("mayOpenAny", !openable.isEmpty());
		return INDEX;
	}

	@GetMapping("/evaluation/councils/new")
	String newCouncil(Model model) {
		requireMayCreate();
		CurrentUser user = support.user();
		model.addAttribute("councilForm", CouncilForm.blank(user.unitCode(), support.currentYear()));
		return councilForm(model);
	}

	@PostMapping("/evaluation/councils/new")
	String createCouncil(@Valid @ModelAttribute("councilForm") CouncilForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		requireMayCreate();
		if (form.getAddRow() != null) {
			form.addRow();
			form.setAddRow(null);
			model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "councilForm");
			return councilForm(model);
		}
		checkMembers(form, binding);
		CouncilView[] created = new CouncilView[1];
		if (!support.run(binding, redirect, "evaluation.page.council.created", () -> {
			try {
				return created[0] = councils.createCouncil(form.toCommand());
			}
			catch (AccessDeniedException e) {
				throw BusinessRuleException.invalidFields(
						List.of(new BusinessRuleException.FieldProblem("unitCode", "evaluation.page.council.notAllowed")));
			}
			catch (BusinessRuleException e) {
				throw onItsField(form, e);
			}
		}, Map.of()).refused()) {
			return "redirect:/evaluation/councils/" + created[0].id();
		}
		return councilForm(model);
	}

	@GetMapping("/evaluation/councils/{id}")
	String council(@PathVariable UUID id, Model model) {
		CouncilView council = councils.council(id);
		model.addAttribute("council", council);
		model.addAttribute("names", support.displayNames(council));
		model.addAttribute("unitName", support.unitName(council.unitCode()));
		model.addAttribute("sessions", sessions.evaluations().stream().filter(s -> s.councilId().equals(id)).toList());
		model.addAttribute("mayOpen", support.mayOpen(council));
		model.addAttribute("mayManage", councils.mayManage(id));
		model.addAttribute("national", CouncilRules.NATIONAL);
		if (!model.containsAttribute("rulesForm")) {
			model.addAttribute("rulesForm", CouncilRulesForm.of(council.rules()));
		}
		return COUNCIL;
	}

	/** The office changes the council's operating rules; sessions already opened keep theirs. */
	@PostMapping("/evaluation/councils/{id}/rules")
	String changeRules(@PathVariable UUID id, @Valid @ModelAttribute("rulesForm") CouncilRulesForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (!support.run(binding, redirect, "evaluation.page.rules.savedFlash",
				() -> councils.changeRules(id, form.toRules()), RULES_FIELDS).refused()) {
			return "redirect:/evaluation/councils/" + id;
		}
		return council(id, model);
	}

	private String councilForm(Model model) {
		model.addAttribute("levels", CouncilLevel.values());
		model.addAttribute("roles", MemberRole.values());
		model.addAttribute("units", support.councilUnits());
		model.addAttribute("accounts", support.councilMemberAccounts());
		return COUNCIL_FORM;
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

	/** A refusal of the service on the field it concerns: the unit, or the member row of the account it names. */
	private static BusinessRuleException onItsField(CouncilForm form, BusinessRuleException e) {
		String code = e.messageCode();
		if (code.startsWith("geography.")) {
			return BusinessRuleException.invalidFields(
					List.of(new BusinessRuleException.FieldProblem("unitCode", code, e.arguments())));
		}
		if (e.arguments().length > 0 && code.startsWith("evaluation.council.")) {
			String username = String.valueOf(e.arguments()[0]);
			List<CouncilForm.MemberRow> rows = form.getMembers();
			for (int i = 0; i < rows.size(); i++) {
				if (rows.get(i).getUsername().strip().equalsIgnoreCase(username)) {
					return BusinessRuleException.invalidFields(List.of(new BusinessRuleException.FieldProblem(
							"members[" + i + "].username", code, e.arguments())));
				}
			}
		}
		return e;
	}

	private void requireMayCreate() {
		if (!support.mayCreateCouncils()) {
			throw new AccessDeniedException("Only the office sets up councils");
		}
	}
}
