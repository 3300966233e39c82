package vn.ocop.registry;

import java.util.List;

import vn.ocop.shared.ImportProblems;

/**
 * A confirmed import that was refused because the file (checked again) still has problems; nothing was written.
 * Carries the problems with their columns, in the user's language.
 */
public class RegistryImportRefused extends ImportProblems {

	private final List<RegistryImportError> errors;

	RegistryImportRefused(List<Problem> problems, List<RegistryImportError> errors) {
		super(problems);
		this.errors = List.copyOf(errors);
	}

	public List<RegistryImportError> errors() {
		return errors;
	}
}
