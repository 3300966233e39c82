package vn.ocop.evaluation.web;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import vn.ocop.evaluation.CouncilProcedure;
import vn.ocop.evaluation.CouncilSetup;
import vn.ocop.evaluation.DivergenceSettlement;
import vn.ocop.evaluation.EvaluationView;
import vn.ocop.evaluation.SessionPlanning;

/**
 * The council's procedure at a session as the chair or the secretary records it: attendance, the case of "one of
 * two cases" criteria, the disqualifier check, the agreed answers on marked criteria and a divergence's settlement;
 * each step back to the session page, or the page again with the refusal at the step's form (beside the field it
 * is about, at the form of the product it concerns).
 */
@Controller
class ProcedureWebController {

	private final CouncilSetup councils;
	private final SessionPlanning sessions;
	private final CouncilProcedure procedure;
	private final DivergenceSettlement divergences;
	private final SessionPageModel page;
	private final EvaluationWebSupport support;

	ProcedureWebController(CouncilSetup councils, SessionPlanning sessions, CouncilProcedure procedure,
			DivergenceSettlement divergences, SessionPageModel page, EvaluationWebSupport support) {
		this.councils = councils;
		this.sessions = sessions;
		this.procedure = procedure;
		this.divergences = divergences;
		this.page = page;
		this.support = support;
	}

	/** The attendance form, with the members' fields of the request ({@link AttendanceForm#of}). */
	@ModelAttribute("attendanceForm")
	AttendanceForm attendanceForm(HttpServletRequest request) {
		return AttendanceForm.of(request.getParameterMap());
	}

	/** The agreed answers' form, with the criteria's fields of the request ({@link AgreedAnswersForm#of}). */
	@ModelAttribute("agreedForm")
	AgreedAnswersForm agreedForm(HttpServletRequest request) {
		return AgreedAnswersForm.of(request.getParameterMap());
	}

	/** The chair or the secretary records the meeting's attendance: {@code status.<username>}, {@code note.<username>}. */
	@PostMapping("/evaluation/sessions/{id}/attendance")
	String attendance(@PathVariable UUID id, @Valid @ModelAttribute("attendanceForm") AttendanceForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		EvaluationView session = sessions.evaluation(id);
		var members = councils.council(session.councilId()).members();
		return step(id, binding, () -> procedure.recordAttendance(id, form.entries(members)),
				"evaluation.page.attendance.savedFlash", Map.of(), model, redirect);
	}

	@PostMapping("/evaluation/sessions/{id}/products/{productId}/case")
	String chooseCase(@PathVariable UUID id, @PathVariable UUID productId,
			@Valid @ModelAttribute("caseForm") CaseForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		form.forProduct(productId);
		return step(id, binding, () -> procedure.chooseCase(id, productId, form.caseNumberOrNone()),
				"evaluation.page.case.savedFlash", Map.of("evaluation.case.unknown", "caseNumber"), model, redirect);
	}

	@PostMapping("/evaluation/sessions/{id}/products/{productId}/disqualifiers")
	String disqualifiers(@PathVariable UUID id, @PathVariable UUID productId,
			@Valid @ModelAttribute("disqualifierForm") DisqualifierForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		form.forProduct(productId);
		return step(id, binding,
				() -> procedure.checkDisqualifiers(id, productId, form.isDisqualified(), form.reasonText()),
				"evaluation.page.disqualifiers.savedFlash", Map.of("evaluation.disqualifier.reasonRequired", "reason"),
				model, redirect);
	}

	/** The chair records the council's agreed answers: {@code answer.<criterion>=<option>} (0: nothing ticked). */
	@PostMapping("/evaluation/sessions/{id}/products/{productId}/agreed-answers")
	String agreedAnswers(@PathVariable UUID id, @PathVariable UUID productId,
			@Valid @ModelAttribute("agreedForm") AgreedAnswersForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		form.forProduct(productId);
		return step(id, binding, () -> procedure.recordAgreedAnswers(id, productId, form.answers()),
				"evaluation.page.agreed.savedFlash", Map.of(), model, redirect);
	}

	@PostMapping("/evaluation/sessions/{id}/products/{productId}/divergence")
	String settleDivergence(@PathVariable UUID id, @PathVariable UUID productId,
			@Valid @ModelAttribute("divergenceForm") DivergenceForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		form.forProduct(productId);
		return step(id, binding, () -> divergences.settleDivergence(id, productId, form.recordText()),
				"evaluation.page.divergence.savedFlash", Map.of("evaluation.divergence.recordRequired", "record"),
				model, redirect);
	}

	/** Runs a step of the council's procedure: back to the session page, or the page again with the refusal. */
	private String step(UUID id, BindingResult binding, Runnable step, String flash, Map<String, String> ruleFields,
			Model model, RedirectAttributes redirect) {
		if (!support.run(binding, redirect, flash, () -> {
			step.run();
			return id;
		}, ruleFields).refused()) {
			return "redirect:/evaluation/sessions/" + id + "#procedure";
		}
		EvaluationView session = sessions.evaluation(id);
		page.fill(session, councils.council(session.councilId()), model);
		return SessionWebController.SESSION;
	}
}
