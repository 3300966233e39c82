package vn.ocop.geography;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import vn.ocop.shared.ImportProblems.Problem;

/**
 * A comma-separated UTF-8 file (with or without a byte order mark) read as a header and rows, each row knowing
 * its line in the file so that every problem can name it. Blank lines are skipped.
 */
final class CsvTable {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get();

	/** A data row: its 1-based line in the file and its values. */
	record Row(int line, List<String> values) {

		int size() {
			return values.size();
		}

		String get(int column) {
			return column < values.size() ? values.get(column) : "";
		}
	}

	private final int headerLine;
	private final List<String> header;
	private final List<Row> rows;

	private CsvTable(int headerLine, List<String> header, List<Row> rows) {
		this.headerLine = headerLine;
		this.header = List.copyOf(header);
		this.rows = List.copyOf(rows);
	}

	/**
	 * Reads the file; adds a problem and returns {@code null} if it is empty, not UTF-8 or not valid CSV.
	 */
	static @Nullable CsvTable read(byte[] content, List<Problem> problems) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(content))
					.toString();
		}
		catch (CharacterCodingException e) {
			problems.add(new Problem(0, "geography.import.encoding"));
			return null;
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		int[] lineStarts = lineStarts(text);
		List<String> header = null;
		int headerLine = 0;
		var rows = new ArrayList<Row>();
		try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
			for (CSVRecord record : parser) {
				List<String> values = record.toList();
				if (values.stream().allMatch(String::isEmpty)) {
					continue;
				}
				int line = lineOf(lineStarts, firstCharacter(text, record.getCharacterPosition()));
				if (header == null) {
					header = values;
					headerLine = line;
				}
				else {
					rows.add(new Row(line, values));
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
			String detail = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
					: String.valueOf(e.getMessage());
			problems.add(new Problem(0, "geography.import.unreadable", detail));
			return null;
		}
		if (header == null) {
			problems.add(new Problem(0, "geography.import.empty"));
			return null;
		}
		return new CsvTable(headerLine, header, rows);
	}

	/**
	 * Checks that the header names exactly the expected columns (in any order) and returns each column's
	 * position; adds a problem per missing, unknown or repeated column and returns {@code null} if there is one.
	 */
	@Nullable
	Map<String, Integer> columns(List<String> expected, List<Problem> problems) {
		int before = problems.size();
		var positions = new LinkedHashMap<String, Integer>();
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i).toLowerCase(java.util.Locale.ROOT);
			if (!expected.contains(name)) {
				problems.add(new Problem(headerLine, "geography.import.header.unexpected", header.get(i),
						String.join(",", expected)));
			}
			else if (positions.putIfAbsent(name, i) != null) {
				problems.add(new Problem(headerLine, "geography.import.header.duplicate", header.get(i)));
			}
		}
		for (String column : expected) {
			if (!positions.containsKey(column)) {
				problems.add(new Problem(headerLine, "geography.import.header.missing", column,
						String.join(",", expected)));
			}
		}
		return problems.size() == before ? positions : null;
	}

	int columnCount() {
		return header.size();
	}

	List<Row> rows() {
		return rows;
	}

	private static int[] lineStarts(String text) {
		var starts = new ArrayList<Integer>();
		starts.add(0);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
				starts.add(i + 1);
			}
		}
		return starts.stream().mapToInt(Integer::intValue).toArray();
	}

	/** The record's position is where the parser started, before the empty lines it skipped. */
	private static int firstCharacter(String text, long position) {
		int at = (int) position;
		while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
			at++;
		}
		return at;
	}

	private static int lineOf(int[] lineStarts, long position) {
		int found = Arrays.binarySearch(lineStarts, (int) position);
		return found >= 0 ? found + 1 : -found - 1;
	}
}
