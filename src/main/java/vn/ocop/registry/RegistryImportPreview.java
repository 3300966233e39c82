package vn.ocop.registry;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an uploaded import file would do, checked in full without writing anything.
 *
 * @param token identifies the stored file for {@link RegistryImport#confirm(String)}; {@code null} if the file
 *        could not be read as a spreadsheet at all
 * @param fileName the uploaded file's name
 * @param rows the number of data rows (blank rows are not counted)
 * @param producersNew producers the file would create
 * @param producersExisting producers of the file that already exist and would be reused unchanged
 * @param products products the file would register
 * @param errors every problem, each naming its row, column and rule; the file can only be confirmed without any
 * @param warnings remarks that do not prevent the import (e.g. ignored columns)
 */
public record RegistryImportPreview(@Nullable String token, String fileName, int rows, int producersNew,
		int producersExisting, int products, List<RegistryImportError> errors, List<String> warnings) {

	/** Whether the file may be confirmed. */
	public boolean confirmable() {
		return token != null && errors.isEmpty();
	}
}
