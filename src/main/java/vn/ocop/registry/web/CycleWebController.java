package vn.ocop.registry.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import vn.ocop.identity.Role;
import vn.ocop.registry.CycleView;
import vn.ocop.registry.Funnel;
import vn.ocop.registry.RegistryManagement;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.web.FormFields;

/**
 * The annual OCOP cycles: the list and opening a year (provincial office), and a cycle's page with its phase
 * schedule, its closing and reopening, and the funnel of its products by district with drill-down to the list.
 */
@Controller
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN','DISTRICT_OFFICER','COMMUNE_OFFICER')")
class CycleWebController {

	/** One stage of the funnel with its share of the registered products, for the bars. */
	record Stage(int index, String labelCode, long count, int percent) {
	}

	private final RegistryManagement registry;
	private final RegistryWebSupport support;

	CycleWebController(RegistryManagement registry, RegistryWebSupport support) {
		this.registry = registry;
		this.support = support;
	}

	@InitBinder({ "cycleForm", "scheduleForm" })
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/registry/cycles")
	String list(Model model) {
		var form = new CycleForm();
		List<CycleView> cycles = registry.cycles();
		form.setYear(cycles.isEmpty() ? support.today().getYear() : Math.max(cycles.get(0).year() + 1, support.today().getYear()));
		List<String> regulations = support.regulationCodes();
		form.setRegulationCode(regulations.isEmpty() ? null : regulations.get(regulations.size() - 1));
		model.addAttribute("cycleForm", form);
		return list(model, cycles);
	}

	@PostMapping("/registry/cycles")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	String open(@Valid @ModelAttribute("cycleForm") CycleForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			FormFields.refused(null);
			return list(model, registry.cycles());
		}
		try {
			var cycle = registry.openCycle(form.getYear(), form.getRegulationCode(), null);
			redirect.addFlashAttribute("flash", "registry.page.cycle.opened");
			return "redirect:/registry/cycles/" + cycle.year();
		}
		catch (BusinessRuleException e) {
			String field = e.messageCode().startsWith("criteria.regulation") ? "regulationCode" : "year";
			binding.rejectValue(field, e.messageCode(), support.arguments(e), support.message(e));
			FormFields.refused(e);
			return list(model, registry.cycles());
		}
	}

	private String list(Model model, List<CycleView> cycles) {
		model.addAttribute("cycles", cycles);
		model.addAttribute("cycleFormFields", CycleForm.FIELDS);
		model.addAttribute("regulations", support.regulationCodes());
		model.addAttribute("withoutProductSets", support.regulationCodes().stream()
				.filter(code -> support.productSetGroups(code).isEmpty()).toList());
		model.addAttribute("isAdmin", support.user().has(Role.PROVINCE_ADMIN));
		return "registry/cycles";
	}

	@GetMapping("/registry/cycles/{year}")
	String show(@PathVariable int year, Model model) {
		var cycle = registry.cycle(year);
		model.addAttribute("scheduleForm", ScheduleForm.of(cycle));
		return show(model, cycle);
	}

	@PostMapping("/registry/cycles/{year}/schedule")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	String reschedule(@PathVariable int year, @Valid @ModelAttribute("scheduleForm") ScheduleForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		var cycle = registry.cycle(year);
		form.check(binding);
		if (form.getPhases().isEmpty()) {
			binding.reject("registry.page.cycle.noPhases");
		}
		if (binding.hasErrors()) {
			FormFields.refused(null);
			return show(model, cycle);
		}
		try {
			registry.reschedule(year, form.toSchedule());
		}
		catch (BusinessRuleException e) {
			binding.reject(e.messageCode(), support.arguments(e), support.message(e));
			FormFields.refused(e);
			return show(model, cycle);
		}
		redirect.addFlashAttribute("flash", "registry.page.cycle.rescheduled");
		return "redirect:/registry/cycles/" + year;
	}

	@PostMapping("/registry/cycles/{year}/close")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	String close(@PathVariable int year, RedirectAttributes redirect) {
		try {
			registry.closeCycle(year);
			redirect.addFlashAttribute("flash", "registry.page.cycle.closed");
		}
		catch (BusinessRuleException e) {
			redirect.addFlashAttribute("actionError", support.message(e));
		}
		return "redirect:/registry/cycles/" + year;
	}

	@PostMapping("/registry/cycles/{year}/reopen")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	String reopen(@PathVariable int year, RedirectAttributes redirect) {
		try {
			registry.reopenCycle(year);
			redirect.addFlashAttribute("flash", "registry.page.cycle.reopened");
		}
		catch (BusinessRuleException e) {
			redirect.addFlashAttribute("actionError", support.message(e));
		}
		return "redirect:/registry/cycles/" + year;
	}

	private String show(Model model, CycleView cycle) {
		Funnel funnel = registry.funnel(cycle.year());
		model.addAttribute("cycle", cycle);
		model.addAttribute("funnel", funnel);
		model.addAttribute("stages", stages(funnel.total()));
		model.addAttribute("isAdmin", support.user().has(Role.PROVINCE_ADMIN));
		model.addAttribute("today", support.today());
		model.addAttribute("selection", RegistryWebSupport.selectionPhase(cycle).orElse(null));
		model.addAttribute("countdown", SelectionWebController.Countdown
				.of(RegistryWebSupport.selectionPhase(cycle).orElse(null), support.today()));
		return "registry/cycle";
	}

	static List<Stage> stages(Funnel.@Nullable Row total) {
		long[] counts = total == null ? new long[5]
				: new long[] { total.registered(), total.selected(), total.submitted(), total.evaluated(), total.certified() };
		long base = Math.max(1, counts[0]);
		List<Stage> stages = new ArrayList<>();
		for (int i = 0; i < counts.length; i++) {
			stages.add(new Stage(i, "registry.page.stage." + i, counts[i], (int) Math.round(counts[i] * 100.0 / base)));
		}
		return stages;
	}
}
