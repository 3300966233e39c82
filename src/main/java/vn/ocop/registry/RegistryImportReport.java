package vn.ocop.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.ocop.shared.ImportProblems;

/**
 * What an import tells its user: the preview of a file (counts, every problem in the reader's language beside the
 * cell it is about, warnings) and the refusal of a confirmation, both capped at {@link #MAX_PROBLEMS} problems.
 */
@Component
class RegistryImportReport {

	/** The most problems reported for one file. */
	static final int MAX_PROBLEMS = 10_000;

	private final MessageSource messages;

	RegistryImportReport(MessageSource messages) {
		this.messages = messages;
	}

	RegistryImportPreview preview(@Nullable String token, String fileName, RegistryImportSheet sheet,
			List<RegistryImportProblem> problems, RegistryImportCheck.@Nullable Plan plan) {
		List<String> warnings = new ArrayList<>();
		if (!sheet.ignoredColumns().isEmpty()) {
			warnings.add(text("registry.io.warning.ignoredColumns", String.join(", ", sheet.ignoredColumns())));
		}
		return new RegistryImportPreview(token, fileName, sheet.rows().size(), plan == null ? 0 : plan.producersNew(),
				plan == null ? 0 : plan.producersExisting(), plan == null ? 0 : plan.productRows(),
				errors(sheet, problems), warnings);
	}

	RegistryImportRefused refused(RegistryImportSheet sheet, List<RegistryImportProblem> problems) {
		List<ImportProblems.Problem> plain = capped(problems).stream()
				.map(p -> new ImportProblems.Problem(p.row(), p.code(), List.of(p.arguments()))).toList();
		return new RegistryImportRefused(plain, errors(sheet, problems));
	}

	/** A text in the reader's language. */
	String text(String code, Object... arguments) {
		return messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale());
	}

	private List<RegistryImportError> errors(RegistryImportSheet sheet, List<RegistryImportProblem> problems) {
		Locale locale = LocaleContextHolder.getLocale();
		List<RegistryImportError> errors = new ArrayList<>();
		for (RegistryImportProblem problem : capped(problems)) {
			var column = problem.column();
			errors.add(new RegistryImportError(problem.row(), column == null ? null : column.key(),
					column == null ? null : sheet.cell(column, problem.row()),
					messages.getMessage(problem.code(), problem.arguments(), problem.code(), locale)));
		}
		return errors;
	}

	private static List<RegistryImportProblem> capped(List<RegistryImportProblem> problems) {
		if (problems.size() <= MAX_PROBLEMS) {
			return problems;
		}
		List<RegistryImportProblem> first = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
		first.add(RegistryImportProblem.ofFile("registry.io.error.moreProblems",
				String.valueOf(problems.size() - MAX_PROBLEMS)));
		return first;
	}
}
