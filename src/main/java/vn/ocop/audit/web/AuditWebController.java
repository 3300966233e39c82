package vn.ocop.audit.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ocop.audit.AuditAction;
import vn.ocop.audit.AuditApi;
import vn.ocop.audit.AuditRecord;
import vn.ocop.shared.OcopSettings;

/**
 * The audit log for the provincial office ({@code /admin/audit}: search form and paged results, refreshed by htmx)
 * and the history tab that other screens embed:
 * {@code <div hx-get="/audit/history?type=UserAccount&id=..." hx-trigger="load"></div>}.
 */
@Controller
class AuditWebController {

	static final int PAGE_SIZE = 25;

	private final AuditApi audit;
	private final MessageSource messages;
	private final OcopSettings settings;
	private final AuditPeople people;

	AuditWebController(AuditApi audit, MessageSource messages, OcopSettings settings, AuditPeople people) {
		this.people = people;
		this.audit = audit;
		this.messages = messages;
		this.settings = settings;
	}

	@GetMapping("/admin/audit")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	String search(@ModelAttribute("search") AuditSearchForm search, BindingResult binding,
			@RequestParam(name = "page", defaultValue = "0") String pageParameter,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String historyRestore,
			Model model) {
		if (search.getFrom() != null && search.getTo() != null && search.getTo().isBefore(search.getFrom())) {
			binding.rejectValue("to", "audit.search.toBeforeFrom");
		}
		Page<AuditRecord> page = binding.hasErrors() ? Page.empty(PageRequest.of(0, PAGE_SIZE))
				: audit.search(people.resolve(search.toFilter()), PageRequest.of(page(pageParameter), PAGE_SIZE));
		model.addAttribute("page", page);
		model.addAttribute("names", people.names(page.getContent()));
		model.addAttribute("errors", errors(binding));
		model.addAttribute("query", search.queryString());
		model.addAttribute("zone", settings.zone());
		model.addAttribute("types", audit.entityTypes());
		model.addAttribute("actions", AuditAction.values());
		boolean fragment = htmx != null && historyRestore == null;
		return fragment ? "audit/partials/results :: results" : "audit/search";
	}

	@GetMapping("/audit/history")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	String history(@RequestParam String type, @RequestParam String id, Model model) {
		var records = audit.history(type.strip(), id.strip());
		model.addAttribute("records", records);
		model.addAttribute("names", people.names(records));
		model.addAttribute("zone", settings.zone());
		return "audit/partials/history :: history";
	}

	private List<String> errors(BindingResult binding) {
		var locale = LocaleContextHolder.getLocale();
		List<String> errors = new ArrayList<>();
		for (FieldError error : binding.getFieldErrors()) {
			String field = messages.getMessage("audit.search." + error.getField(), null, error.getField(), locale);
			if (error.isBindingFailure()) {
				errors.add(messages.getMessage("audit.search.invalid", new Object[] { field, String.valueOf(error.getRejectedValue()) },
						locale));
			}
			else {
				errors.add(messages.getMessage(error, locale));
			}
		}
		return errors;
	}

	private static int page(String parameter) {
		try {
			return Math.max(0, Integer.parseInt(parameter.strip()));
		}
		catch (NumberFormatException e) {
			return 0;
		}
	}
}
