package vn.ocop.registry;

import org.jspecify.annotations.Nullable;

/**
 * One problem found while reading or checking an import file, before it is put in the user's language.
 *
 * @param row the spreadsheet row number (the header is row 1 in a file that starts with it; 0 for the file as a
 *        whole)
 * @param column the column concerned, if any
 * @param code the message code
 * @param arguments the message arguments (may be {@link org.springframework.context.MessageSourceResolvable}s)
 */
record RegistryImportProblem(int row, @Nullable RegistryImportColumn column, String code, Object... arguments) {

	static RegistryImportProblem ofFile(String code, Object... arguments) {
		return new RegistryImportProblem(0, null, code, arguments);
	}
}
