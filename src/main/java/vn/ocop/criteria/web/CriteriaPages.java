package vn.ocop.criteria.web;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ocop.shared.ImportProblems;
import vn.ocop.shared.web.FormFields;

/**
 * What the scorecard pages share: the messages of the criteria bundle in the reader's language and the bound
 * forms' way through a change ({@link FormFields#run}).
 */
@Component
class CriteriaPages extends FormFields {

	CriteriaPages(MessageSource messages) {
		super(messages, "criteria");
	}

	/** The scorecard pages flash the message's code ({@code flash}), which the layout shows. */
	@Override
	protected void flash(RedirectAttributes redirect, String successCode) {
		redirect.addFlashAttribute("flash", successCode);
	}

	/** The problems of a file, each in the reader's language. */
	List<String> messages(List<ImportProblems.Problem> problems) {
		return problems.stream().map(p -> text(p.messageCode(), p.arguments().toArray())).toList();
	}
}
