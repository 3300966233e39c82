package vn.ocop.geography.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.BusinessRuleException.FieldProblem;
import vn.ocop.shared.ImportProblems;
import vn.ocop.shared.ImportProblems.Problem;
import vn.ocop.shared.web.FormFields;

/**
 * What the import pages share: the form fields of the geography bundle, and a refused import told field by field
 * (the day's problems beside the day, the file's beside the file with the rows they name).
 */
@Component
class GeographyPages extends FormFields {

	GeographyPages(MessageSource messages) {
		super(messages, "geography");
	}

	/** Whether a problem of a refused import is about the day the import takes effect. */
	static boolean aboutTheDay(Problem problem) {
		return problem.messageCode().startsWith("geography.import.date.");
	}

	/**
	 * The field problems of a refused import: each problem of the day beside the day's field, and the count of the
	 * file's problems beside the file (whose rows the page lists there).
	 */
	static BusinessRuleException refused(ImportProblems problems, String dayField) {
		List<FieldProblem> fields = new ArrayList<>();
		long ofTheFile = problems.problems().stream().filter(p -> !aboutTheDay(p)).count();
		for (Problem problem : problems.problems()) {
			if (aboutTheDay(problem)) {
				fields.add(new FieldProblem(dayField, problem.messageCode(), problem.arguments().toArray()));
			}
		}
		if (ofTheFile > 0) {
			fields.add(new FieldProblem("file", "geography.import.refused", ofTheFile));
		}
		return BusinessRuleException.invalidFields(fields);
	}
}
