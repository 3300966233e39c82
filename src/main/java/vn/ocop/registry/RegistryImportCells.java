package vn.ocop.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import jakarta.validation.ConstraintViolation;

/**
 * The cells of an import row read as values — dates, counts, whole numbers, text — and every problem of the row
 * named by its row, column and message: a cell flagged once is not flagged again (say by Bean Validation).
 */
final class RegistryImportCells {

	private final List<RegistryImportProblem> problems;

	RegistryImportCells(List<RegistryImportProblem> problems) {
		this.problems = problems;
	}

	@Nullable
	LocalDate date(RegistryImportSheet.Row row, RegistryImportColumn column,
			Set<RegistryImportColumn> flagged) {
		if (row.isBlank(column)) {
			return null;
		}
		var date = RegistryImportValues.date(row.get(column));
		if (date.isEmpty()) {
			flag(flagged, row, column, "registry.io.error.date", label(column), row.get(column));
		}
		return date.orElse(null);
	}

	int count(RegistryImportSheet.Row row, RegistryImportColumn column, Set<RegistryImportColumn> flagged) {
		Long value = whole(row, column, "registry.io.error.integer", flagged);
		if (value == null) {
			return 0;
		}
		// out-of-range values are left to Bean Validation (@Min/@Max) to name
		return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
	}

	@Nullable
	Long whole(RegistryImportSheet.Row row, RegistryImportColumn column, String code,
			Set<RegistryImportColumn> flagged) {
		if (row.isBlank(column)) {
			return null;
		}
		var value = RegistryImportValues.whole(row.get(column));
		if (value.isEmpty()) {
			flag(flagged, row, column, code, label(column), row.get(column));
		}
		return value.orElse(null);
	}

	static @Nullable String text(RegistryImportSheet.Row row, RegistryImportColumn column) {
		return RegistryImportValues.blankToNull(row.get(column));
	}

	void violations(RegistryImportSheet.Row row, Set<? extends ConstraintViolation<?>> violations,
			Map<String, RegistryImportColumn> columns, Map<String, RegistryImportColumn> overrides,
			Set<RegistryImportColumn> flagged) {
		List<ConstraintViolation<?>> sorted = new ArrayList<>(violations);
		sorted.sort(java.util.Comparator.comparing(v -> {
			RegistryImportColumn column = columns.get(v.getPropertyPath().toString());
			return column == null ? Integer.MAX_VALUE : column.ordinal();
		}));
		for (ConstraintViolation<?> violation : sorted) {
			String property = violation.getPropertyPath().toString();
			RegistryImportColumn column = overrides.getOrDefault(property, columns.get(property));
			if (column != null && flagged.contains(column)) {
				continue;
			}
			if (column == null) {
				problem(row, null, "registry.io.error.invalid", property, violation.getMessage());
			}
			else {
				flag(flagged, row, column, "registry.io.error.invalid", label(column), violation.getMessage());
			}
		}
	}

	void flag(Set<RegistryImportColumn> flagged, RegistryImportSheet.Row row, RegistryImportColumn column,
			String code, Object... arguments) {
		flagged.add(column);
		problem(row, column, code, arguments);
	}

	void problem(RegistryImportSheet.Row row, @Nullable RegistryImportColumn column, String code,
			Object... arguments) {
		Object[] readable = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			// numbers as typed (a year or row number is not "2.019")
			readable[i] = arguments[i] instanceof Number || arguments[i] == null ? String.valueOf(arguments[i]) : arguments[i];
		}
		problems.add(new RegistryImportProblem(row.number(), column, code, readable));
	}

	static DefaultMessageSourceResolvable label(RegistryImportColumn column) {
		return new DefaultMessageSourceResolvable(new String[] { column.labelCode() }, column.key());
	}
}
