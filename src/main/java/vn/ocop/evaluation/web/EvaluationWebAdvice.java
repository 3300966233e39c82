package vn.ocop.evaluation.web;

import java.time.ZoneId;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every evaluation page needs: the programme's time zone, for showing instants as local times.
 */
@ControllerAdvice(assignableTypes = { CouncilWebController.class, SessionWebController.class,
		ProcedureWebController.class, ScoringWebController.class, ConflictWebController.class,
		ProductResultWebController.class })
class EvaluationWebAdvice {

	private final EvaluationWebSupport support;

	EvaluationWebAdvice(EvaluationWebSupport support) {
		this.support = support;
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return support.zone();
	}
}
