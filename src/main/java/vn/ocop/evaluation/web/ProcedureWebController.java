package vn.ocop.evaluation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.ocop.evaluation.Attendance;
import vn.ocop.evaluation.AttendanceStatus;
import vn.ocop.evaluation.CouncilView;
import vn.ocop.evaluation.CouncilProcedure;
import vn.ocop.evaluation.CouncilSetup;
import vn.ocop.evaluation.DivergenceSettlement;
import vn.ocop.evaluation.SessionPlanning;
import vn.ocop.evaluation.EvaluationView;
import vn.ocop.shared.BusinessRuleException;

/**
 * The council's procedure at a session as the chair or the secretary records it: attendance, the case of "one of
 * two cases" criteria, the disqualifier check, the agreed answers on marked criteria and a divergence's settlement;
 * each step back to the session page, or the page again with the refusal.
 */
@Controller
class ProcedureWebController {


	private final CouncilSetup councils;
	private final SessionPlanning sessions;
	private final CouncilProcedure procedure;
	private final DivergenceSettlement divergences;
	private final SessionPageModel page;
	private final EvaluationWebSupport support;

	ProcedureWebController(CouncilSetup councils, SessionPlanning sessions, CouncilProcedure procedure, DivergenceSettlement divergences, SessionPageModel page, EvaluationWebSupport support) {
		this.councils = councils;
		this.sessions = sessions;
		this.procedure = procedure;
		this.divergences = divergences;
		this.page = page;
		this.support = support;
	}

	/** The chair or the secretary records the meeting's attendance: {@code status.<username>}, {@code note.<username>}. */
	@PostMapping("/evaluation/sessions/{id}/attendance")
	String attendance(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		EvaluationView session = sessions.evaluation(id);
		CouncilView council = councils.council(session.councilId());
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
		return procedure(id, () -> procedure.recordAttendance(id, entries), "evaluation.page.attendance.savedFlash",
				model, redirect, response);
	}

	@PostMapping("/evaluation/sessions/{id}/products/{productId}/case")
	String chooseCase(@PathVariable UUID id, @PathVariable UUID productId,
			@RequestParam(name = "caseNumber", defaultValue = "0") int caseNumber, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return procedure(id, () -> procedure.chooseCase(id, productId, caseNumber), "evaluation.page.case.savedFlash",
				model, redirect, response);
	}

	@PostMapping("/evaluation/sessions/{id}/products/{productId}/disqualifiers")
	String disqualifiers(@PathVariable UUID id, @PathVariable UUID productId,
			@RequestParam(name = "disqualified", defaultValue = "false") boolean disqualified,
			@RequestParam(name = "reason", required = false) @Nullable String reason, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		String text = reason == null ? null : reason.substring(0, Math.min(reason.length(), 1000));
		return procedure(id, () -> procedure.checkDisqualifiers(id, productId, disqualified, text),
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
		return procedure(id, () -> procedure.recordAgreedAnswers(id, productId, answers),
				"evaluation.page.agreed.savedFlash", model, redirect, response);
	}

	@PostMapping("/evaluation/sessions/{id}/products/{productId}/divergence")
	String settleDivergence(@PathVariable UUID id, @PathVariable UUID productId,
			@RequestParam(name = "record", defaultValue = "") String record, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		String text = record.substring(0, Math.min(record.length(), 2000));
		return procedure(id, () -> divergences.settleDivergence(id, productId, text),
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
			EvaluationView session = sessions.evaluation(id);
			page.fill(session, councils.council(session.councilId()), model);
			return SessionWebController.SESSION;
		}
	}

}
