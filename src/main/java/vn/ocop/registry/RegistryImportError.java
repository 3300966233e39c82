package vn.ocop.registry;

import org.jspecify.annotations.Nullable;

/**
 * A bad row of an import file and the reason, in the user's language.
 *
 * @param row the spreadsheet row number (the header row is 1; 0 for the file as a whole)
 * @param column the column's header key (e.g. {@code producer_commune_code}), if the problem lies in one column
 * @param cell the cell's reference (e.g. {@code G12}), if the column is in the file
 * @param message what is wrong, naming the rule
 */
public record RegistryImportError(int row, @Nullable String column, @Nullable String cell, String message) {
}
