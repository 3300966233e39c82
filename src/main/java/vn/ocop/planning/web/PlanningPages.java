package vn.ocop.planning.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.ocop.shared.web.FormFields;

/**
 * What the plan pages share: the form fields of the programme's bundle and today in the configured zone.
 */
@Component
class PlanningPages extends FormFields {

	private final Clock clock;

	PlanningPages(MessageSource messages, Clock clock) {
		super(messages, "programme");
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}
}
