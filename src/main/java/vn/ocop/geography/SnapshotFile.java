package vn.ocop.geography;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.ocop.shared.ImportProblems.Problem;

/**
 * The rows of a unit snapshot file ({@code code,name,level,parent_code}), checked on their own, before anything
 * in the database is looked at: every row well formed, codes unique, each parent listed in the file and of the
 * right level, at least one province.
 */
final class SnapshotFile {

	static final List<String> COLUMNS = List.of("code", "name", "level", "parent_code");

	static final int MAX_CODE = 16;
	static final int MAX_NAME = 200;

	private static final Pattern DIGITS = Pattern.compile("[0-9]+");

	/** A well-formed row with the province at the root of its tree. */
	record UnitRow(int line, String code, String name, UnitLevel level, @Nullable String parentCode,
			String provinceCode) {
	}

	private final List<UnitRow> rows;

	private SnapshotFile(List<UnitRow> rows) {
		this.rows = List.copyOf(rows);
	}

	/** Checks the table, adding every problem found; the rows are meaningful only if none was added. */
	static SnapshotFile check(@Nullable CsvTable table, List<Problem> problems) {
		if (table == null) {
			return new SnapshotFile(List.of());
		}
		Map<String, Integer> columns = table.columns(COLUMNS, problems);
		if (columns == null) {
			return new SnapshotFile(List.of());
		}
		int codeAt = columns.get("code");
		int nameAt = columns.get("name");
		int levelAt = columns.get("level");
		int parentAt = columns.get("parent_code");

		// 1. each row on its own
		var parsed = new LinkedHashMap<String, Parsed>();
		var anyCodes = new HashMap<String, Integer>();
		boolean province = false;
		for (CsvTable.Row row : table.rows()) {
			if (row.size() != table.columnCount()) {
				problems.add(new Problem(row.line(), "geography.import.columns", row.size(), table.columnCount()));
				continue;
			}
			String code = row.get(codeAt);
			String name = row.get(nameAt);
			String levelText = row.get(levelAt);
			String parent = row.get(parentAt);
			boolean valid = checkCode(row.line(), code, "geography.import.code.blank", "geography.import.code.invalid",
					problems);
			if (name.isEmpty()) {
				problems.add(new Problem(row.line(), "geography.import.name.blank"));
				valid = false;
			}
			else if (name.length() > MAX_NAME) {
				problems.add(new Problem(row.line(), "geography.import.name.tooLong", MAX_NAME));
				valid = false;
			}
			UnitLevel level = level(levelText);
			if (level == null) {
				problems.add(new Problem(row.line(), "geography.import.level.unknown", levelText));
				valid = false;
			}
			if (!parent.isEmpty() && !checkCode(row.line(), parent, "", "geography.import.parent.invalid", problems)) {
				valid = false;
			}
			if (level == UnitLevel.PROVINCE) {
				province = true;
				if (!parent.isEmpty()) {
					problems.add(new Problem(row.line(), "geography.import.parent.notAllowed", parent));
					valid = false;
				}
			}
			else if (level != null && parent.isEmpty()) {
				problems.add(new Problem(row.line(), "geography.import.parent.required", code, levelName(level)));
				valid = false;
			}
			if (!code.isEmpty()) {
				Integer first = anyCodes.putIfAbsent(code, row.line());
				if (first != null) {
					problems.add(new Problem(row.line(), "geography.import.code.duplicate", code,
							String.valueOf(first)));
					continue;
				}
			}
			if (valid) {
				parsed.put(code, new Parsed(row.line(), code, name, level, parent.isEmpty() ? null : parent));
			}
		}
		if (!province) {
			problems.add(new Problem(0, "geography.import.province.none"));
		}

		// 2. the tree: parents listed and of the right level
		for (Parsed row : parsed.values()) {
			if (row.parentCode == null) {
				continue;
			}
			Parsed parent = parsed.get(row.parentCode);
			if (parent == null) {
				if (!anyCodes.containsKey(row.parentCode)) {
					problems.add(new Problem(row.line, "geography.import.parent.missing", row.parentCode));
				}
			}
			else if (!parentLevelFits(row.level, parent.level)) {
				problems.add(new Problem(row.line, "geography.import.parent.wrongLevel", row.code,
						levelName(row.level), row.parentCode, levelName(parent.level)));
			}
		}

		// 3. the province at the root of each row (levels make the tree at most three deep)
		var rows = new ArrayList<UnitRow>();
		for (Parsed row : parsed.values()) {
			Parsed root = row;
			for (int depth = 0; root != null && root.parentCode != null && depth < 3; depth++) {
				root = parsed.get(root.parentCode);
			}
			if (root != null && root.level == UnitLevel.PROVINCE) {
				rows.add(new UnitRow(row.line, row.code, row.name, row.level, row.parentCode, root.code));
			}
		}
		return new SnapshotFile(rows);
	}

	List<UnitRow> rows() {
		return rows;
	}

	/** The provinces the snapshot covers: its PROVINCE rows. */
	Set<String> provinceCodes() {
		var codes = new LinkedHashSet<String>();
		rows.stream().filter(r -> r.level() == UnitLevel.PROVINCE).forEach(r -> codes.add(r.code()));
		return codes;
	}

	static boolean parentLevelFits(UnitLevel child, UnitLevel parent) {
		if (child == UnitLevel.DISTRICT) {
			return parent == UnitLevel.PROVINCE;
		}
		if (child == UnitLevel.COMMUNE) {
			return parent == UnitLevel.DISTRICT || parent == UnitLevel.PROVINCE;
		}
		return false;
	}

	/** Adds a problem unless {@code code} is a non-blank string of at most 16 digits. */
	static boolean checkCode(int line, String code, String blankMessage, String invalidMessage,
			List<Problem> problems) {
		if (code.isEmpty()) {
			problems.add(new Problem(line, blankMessage));
			return false;
		}
		if (!DIGITS.matcher(code).matches() || code.length() > MAX_CODE) {
			problems.add(new Problem(line, invalidMessage, code));
			return false;
		}
		return true;
	}

	/** The level's name as a message argument that each language resolves. */
	static DefaultMessageSourceResolvable levelName(UnitLevel level) {
		return new DefaultMessageSourceResolvable(new String[] { "geography.level." + level.name() }, level.name());
	}

	private static @Nullable UnitLevel level(String text) {
		try {
			return text.isEmpty() ? null : UnitLevel.valueOf(text.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private record Parsed(int line, String code, String name, UnitLevel level, @Nullable String parentCode) {
	}
}
