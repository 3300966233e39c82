package vn.ocop.identity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
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

import jakarta.validation.Valid;
import vn.ocop.geography.GeographyApi;
import vn.ocop.geography.Unit;
import vn.ocop.identity.AccessScope;
import vn.ocop.identity.NewUser;
import vn.ocop.identity.Role;
import vn.ocop.identity.UserManagement;
import vn.ocop.identity.UserSummary;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.web.NavigationItem;

/**
 * Account screens: the list (the provincial office sees all accounts, officers those of their area) and the
 * administration of one account (provincial office only). Each form is bound and checked (every error at once
 * beside its field, the accounts' own rules beside the field they are about).
 */
@Controller
class UserWebController {

	private static final int PAGE_SIZE = 25;

	/** The fields the accounts' own rules are about. */
	private static final Map<String, String> RULE_FIELDS = Map.of("identity.user.exists", "username",
			"geography.unit.unknown", "unitCode", "identity.password.tooShort", "password",
			"identity.user.unknownAction", "action");

	private final UserManagement users;
	private final AccessScope scope;
	private final GeographyApi geography;
	private final IdentityPages pages;
	private final Clock clock;

	UserWebController(UserManagement users, AccessScope scope, GeographyApi geography, IdentityPages pages,
			Clock clock) {
		this.users = users;
		this.scope = scope;
		this.geography = geography;
		this.pages = pages;
		this.clock = clock;
	}

	@InitBinder("userForm")
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/users")
	@PreAuthorize("hasAnyRole('PROVINCE_ADMIN','DISTRICT_OFFICER','COMMUNE_OFFICER')")
	String list(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable Role role,
			@RequestParam(defaultValue = "0") int page, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			Model model) {
		var result = users.searchVisibleTo(scope.requireCurrentUser(), q, role, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("users", result);
		model.addAttribute("q", q);
		model.addAttribute("role", role);
		model.addAttribute("roles", Role.values());
		model.addAttribute("unitNames", unitNames());
		return htmx != null ? "identity/users :: results" : "identity/users";
	}

	@GetMapping("/admin/users/new")
	String newForm(Model model) {
		model.addAttribute("userForm", new UserForm());
		return form(model, null);
	}

	@PostMapping("/admin/users/new")
	String create(@Valid @ModelAttribute("userForm") UserForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (form.getPassword() == null || form.getPassword().length() < 8) {
			binding.rejectValue("password", "identity.password.tooShort", new Object[] { 8 },
					pages.text("identity.password.tooShort", 8));
		}
		UserSummary[] created = new UserSummary[1];
		if (pages.attempt(binding, redirect, "identity.user.created",
				() -> created[0] = users.create(new NewUser(form.getUsername(), form.getDisplayName(), form.getEmail(),
						form.getPassword(), form.getRoles(), form.getUnitCode())),
				RULE_FIELDS)) {
			return "redirect:/admin/users/" + created[0].id();
		}
		return form(model, null);
	}

	@GetMapping("/admin/users/{id}")
	String edit(@PathVariable UUID id, Model model) {
		return editPage(id, model);
	}

	private String editPage(UUID id, Model model) {
		var user = users.get(id);
		if (!model.containsAttribute("userForm")) {
			var form = new UserForm();
			form.setUsername(user.username());
			form.setDisplayName(user.displayName());
			form.setEmail(user.email() == null ? "" : user.email());
			form.setRoles(user.roles().isEmpty() ? form.getRoles() : java.util.EnumSet.copyOf(user.roles()));
			form.setUnitCode(user.unitCode());
			model.addAttribute("userForm", form);
		}
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new PasswordForm());
		}
		if (!model.containsAttribute("statusForm")) {
			model.addAttribute("statusForm", new StatusForm());
		}
		return form(model, user);
	}

	@PostMapping("/admin/users/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("userForm") UserForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		if (pages.attempt(binding, redirect, "identity.user.saved",
				() -> users.update(id, form.getDisplayName(), form.getEmail(), form.getRoles(), form.getUnitCode()),
				RULE_FIELDS)) {
			return "redirect:/admin/users/" + id;
		}
		return editPage(id, model);
	}

	@PostMapping("/admin/users/{id}/password")
	String resetPassword(@PathVariable UUID id, @Valid @ModelAttribute("passwordForm") PasswordForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (pages.attempt(binding, redirect, "identity.user.passwordReset", () -> {
			users.resetPassword(id, form.getPassword());
			return id;
		}, RULE_FIELDS)) {
			return "redirect:/admin/users/" + id;
		}
		return editPage(id, model);
	}

	@PostMapping("/admin/users/{id}/status")
	String changeStatus(@PathVariable UUID id, @Valid @ModelAttribute("statusForm") StatusForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		String action = form.getAction();
		if (pages.attempt(binding, redirect, "identity.user.flash." + action, () -> {
			switch (action) {
				case "disable" -> users.disable(id);
				case "enable" -> users.enable(id);
				case "unlock" -> users.unlock(id);
				default -> throw BusinessRuleException.unprocessable("identity.user.unknownAction", action);
			}
			return id;
		}, RULE_FIELDS)) {
			return "redirect:/admin/users/" + id;
		}
		return editPage(id, model);
	}

	private String form(Model model, @Nullable UserSummary user) {
		model.addAttribute("user", user);
		model.addAttribute("roles", Role.values());
		model.addAttribute("unitChoices", unitChoices());
		return "identity/user-form";
	}

	/** Units an account can be bound to: those in force today and the district-level units of earlier years. */
	private List<Unit> unitChoices() {
		LocalDate today = LocalDate.now(clock);
		Map<String, Unit> choices = new LinkedHashMap<>();
		geography.unitsInForce(today, null, null).forEach(u -> choices.putIfAbsent(u.code(), u));
		geography.unitsInForce(LocalDate.of(2025, 6, 30), vn.ocop.geography.UnitLevel.DISTRICT, null)
				.forEach(u -> choices.putIfAbsent(u.code(), u));
		return new ArrayList<>(choices.values());
	}

	private Map<String, String> unitNames() {
		Map<String, String> names = new LinkedHashMap<>();
		unitChoices().forEach(u -> names.put(u.code(), u.name()));
		geography.unitsInForce(LocalDate.of(2025, 6, 30), null, null).forEach(u -> names.putIfAbsent(u.code(), u.name()));
		return names;
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem usersNav() {
			return NavigationItem.of("nav.users", "/users", 85, "PROVINCE_ADMIN", "DISTRICT_OFFICER", "COMMUNE_OFFICER");
		}
	}
}
