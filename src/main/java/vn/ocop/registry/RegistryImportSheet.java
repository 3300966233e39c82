package vn.ocop.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.tika.Tika;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The rows of an uploaded import file, read by content (not by name): an Excel workbook (.xlsx, its first sheet,
 * streamed so that large files stay cheap) or a UTF-8 CSV file separated by commas or semicolons. The first
 * non-blank row is the header; blank rows are skipped; rows keep their spreadsheet numbers. A file that cannot be
 * read yields problems instead of rows, never an exception.
 */
final class RegistryImportSheet {

	enum Format {
		XLSX, CSV
	}

	/** A data row: its spreadsheet number and its cells by {@link RegistryImportColumn#ordinal()}, never null. */
	record Row(int number, String[] cells) {

		String get(RegistryImportColumn column) {
			return cells[column.ordinal()];
		}

		boolean isBlank(RegistryImportColumn column) {
			return cells[column.ordinal()].isEmpty();
		}
	}

	static final Set<String> OOXML = Set.of("application/x-tika-ooxml",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/zip");

	static final Set<String> OLD_EXCEL = Set.of("application/x-tika-msoffice", "application/vnd.ms-excel",
			"application/x-tika-ooxml-protected");

	private static final Tika TIKA = new Tika();

	private final @Nullable Format format;
	private final Map<RegistryImportColumn, Integer> positions;
	private final List<Row> rows;
	private final List<RegistryImportProblem> problems;
	private final List<String> ignoredColumns;

	private RegistryImportSheet(@Nullable Format format, Map<RegistryImportColumn, Integer> positions, List<Row> rows,
			List<RegistryImportProblem> problems, List<String> ignoredColumns) {
		this.format = format;
		this.positions = positions;
		this.rows = rows;
		this.problems = problems;
		this.ignoredColumns = ignoredColumns;
	}

	/** Reads the file; {@code maxRows} data rows at most (more is a problem of the file). */
	static RegistryImportSheet read(byte[] bytes, String fileName, int maxRows) {
		if (bytes.length == 0) {
			return unreadable(null, RegistryImportProblem.ofFile("registry.io.error.fileEmpty"));
		}
		String detected = TIKA.detect(bytes);
		String lowerName = fileName.toLowerCase(Locale.ROOT);
		if (OOXML.contains(detected)) {
			return readXlsx(bytes, maxRows);
		}
		if (OLD_EXCEL.contains(detected)) {
			return unreadable(null, RegistryImportProblem.ofFile("registry.io.error.oldExcel"));
		}
		if (detected.startsWith("text/")) {
			if (lowerName.endsWith(".xlsx") || lowerName.endsWith(".xls")) {
				return unreadable(null, RegistryImportProblem.ofFile("registry.io.error.nameMismatch", fileName, detected));
			}
			return readCsv(bytes, maxRows);
		}
		return unreadable(null, RegistryImportProblem.ofFile("registry.io.error.fileType", detected));
	}

	/** No rows (a file refused before reading). */
	static RegistryImportSheet none() {
		return new RegistryImportSheet(null, Map.of(), List.of(), List.of(), List.of());
	}

	private static RegistryImportSheet unreadable(@Nullable Format format, RegistryImportProblem problem) {
		return new RegistryImportSheet(format, Map.of(), List.of(), List.of(problem), List.of());
	}

	/** The format the content was recognised as; {@code null} if it is neither a workbook nor a CSV file. */
	@Nullable
	Format format() {
		return format;
	}

	List<Row> rows() {
		return rows;
	}

	List<RegistryImportProblem> problems() {
		return problems;
	}

	List<String> ignoredColumns() {
		return ignoredColumns;
	}

	boolean has(RegistryImportColumn column) {
		return positions.containsKey(column);
	}

	/** The cell reference of a column in a row, e.g. {@code G12}; {@code null} if the file lacks the column. */
	@Nullable
	String cell(RegistryImportColumn column, int row) {
		Integer position = positions.get(column);
		return position == null || row < 1 ? null : CellReference.convertNumToColString(position) + row;
	}

	// ------------------------------------------------------------------ xlsx

	private static RegistryImportSheet readXlsx(byte[] bytes, int maxRows) {
		var collector = new Collector(maxRows);
		Path temporary = null;
		// from a file, not a stream: the package is then read entry by entry instead of inflated in memory at once
		try {
			temporary = Files.createTempFile("ocop-import", ".xlsx");
			Files.write(temporary, bytes);
			try (OPCPackage pkg = OPCPackage.open(temporary.toFile(), PackageAccess.READ)) {
				XSSFReader reader = new XSSFReader(pkg);
				List<String> strings = XlsxCells.sharedStrings(pkg);
				var styles = reader.getStylesTable();
				var sheets = reader.getSheetsData();
				if (!sheets.hasNext()) {
					return unreadable(Format.XLSX, RegistryImportProblem.ofFile("registry.io.error.noSheet"));
				}
				try (InputStream sheet = sheets.next()) {
					XMLReader parser = XMLHelper.newXMLReader();
					parser.setContentHandler(new XlsxCells.SheetHandler(collector::accept, strings, styles));
					parser.parse(new InputSource(sheet));
				}
			}
		}
		catch (Stop stop) {
			// the collector has recorded why
		}
		catch (Exception | StackOverflowError e) {
			return unreadable(Format.XLSX, RegistryImportProblem.ofFile("registry.io.error.unreadableXlsx", reason(e)));
		}
		finally {
			if (temporary != null) {
				try {
					Files.deleteIfExists(temporary);
				}
				catch (IOException ignored) {
					// a temporary file left behind is harmless
				}
			}
		}
		return collector.toSheet(Format.XLSX);
	}

	private static String reason(Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		int newline = message.indexOf('\n');
		message = newline < 0 ? message : message.substring(0, newline);
		return message.length() > 200 ? message.substring(0, 200) + "…" : message;
	}

	// ------------------------------------------------------------------ csv

	private static RegistryImportSheet readCsv(byte[] bytes, int maxRows) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException e) {
			return unreadable(Format.CSV, RegistryImportProblem.ofFile("registry.io.error.notUtf8"));
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false)
				.setIgnoreSurroundingSpaces(false).get();
		var collector = new Collector(maxRows);
		long last = 0;
		try (CSVParser parser = CSVParser.parse(text, format)) {
			for (CSVRecord record : parser) {
				last = record.getRecordNumber();
				collector.accept((int) Math.min(Integer.MAX_VALUE, last), record.toList());
			}
		}
		catch (Stop stop) {
			// the collector has recorded why
		}
		catch (IOException | UncheckedIOException | IllegalStateException e) {
			var problems = new ArrayList<>(collector.problems);
			problems.add(new RegistryImportProblem((int) last + 1, null, "registry.io.error.csvSyntax", last + 1, reason(e)));
			return new RegistryImportSheet(Format.CSV, collector.positions, collector.rows, problems, collector.ignored);
		}
		return collector.toSheet(Format.CSV);
	}

	/** The separator of the header line: comma, semicolon (Excel in many locales) or tab, whichever it has most. */
	static char delimiter(String text) {
		int end = text.indexOf('\n');
		String header = end < 0 ? text : text.substring(0, end);
		int commas = 0;
		int semicolons = 0;
		int tabs = 0;
		boolean quoted = false;
		for (char c : header.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && c == ',') {
				commas++;
			}
			else if (!quoted && c == ';') {
				semicolons++;
			}
			else if (!quoted && c == '\t') {
				tabs++;
			}
		}
		if (semicolons > commas && semicolons >= tabs) {
			return ';';
		}
		return tabs > commas ? '\t' : ',';
	}

	// ------------------------------------------------------------------ rows

	/** Aborts reading once the outcome is known (too many rows, an unusable header). */
	private static final class Stop extends RuntimeException {

		Stop() {
			super(null, null, false, false);
		}
	}

	/** Turns the raw rows into the header's columns and the data rows. */
	private static final class Collector {

		private static final int COLUMNS = RegistryImportColumn.values().length;

		private final int maxRows;
		private final List<Row> rows = new ArrayList<>();
		private final List<RegistryImportProblem> problems = new ArrayList<>();
		private final List<String> ignored = new ArrayList<>();
		private Map<RegistryImportColumn, Integer> positions = Map.of();
		private boolean headerSeen;

		Collector(int maxRows) {
			this.maxRows = maxRows;
		}

		void accept(int number, List<String> cells) {
			if (cells.stream().allMatch(c -> clean(c).isEmpty())) {
				return;
			}
			if (!headerSeen) {
				headerSeen = true;
				header(number, cells);
				return;
			}
			if (rows.size() >= maxRows) {
				problems.add(RegistryImportProblem.ofFile("registry.io.error.tooManyRows", maxRows));
				throw new Stop();
			}
			String[] values = new String[COLUMNS];
			java.util.Arrays.fill(values, "");
			for (var entry : positions.entrySet()) {
				int position = entry.getValue();
				if (position < cells.size()) {
					values[entry.getKey().ordinal()] = clean(cells.get(position));
				}
			}
			rows.add(new Row(number, values));
		}

		private void header(int number, List<String> cells) {
			Map<RegistryImportColumn, Integer> found = new EnumMap<>(RegistryImportColumn.class);
			Set<String> duplicates = new LinkedHashSet<>();
			for (int i = 0; i < cells.size(); i++) {
				String header = clean(cells.get(i));
				if (header.isEmpty()) {
					continue;
				}
				var column = RegistryImportColumn.ofHeader(header);
				if (column.isEmpty()) {
					ignored.add(header);
				}
				else if (found.putIfAbsent(column.get(), i) != null) {
					duplicates.add(column.get().key());
				}
			}
			positions = found;
			for (String duplicate : duplicates) {
				problems.add(new RegistryImportProblem(number, null, "registry.io.error.duplicateColumn", duplicate));
			}
			List<String> missing = RegistryImportColumn.REQUIRED.stream().filter(c -> !found.containsKey(c))
					.map(RegistryImportColumn::key).toList();
			if (!missing.isEmpty()) {
				problems.add(new RegistryImportProblem(number, null, "registry.io.error.missingColumns",
						String.join(", ", missing)));
			}
			if (!problems.isEmpty()) {
				throw new Stop();
			}
		}

		RegistryImportSheet toSheet(Format format) {
			if (!headerSeen) {
				problems.add(RegistryImportProblem.ofFile("registry.io.error.noHeader"));
			}
			else if (rows.isEmpty() && problems.isEmpty()) {
				problems.add(RegistryImportProblem.ofFile("registry.io.error.noRows"));
			}
			return new RegistryImportSheet(format, positions, Collections.unmodifiableList(rows), List.copyOf(problems),
					List.copyOf(ignored));
		}

		private static String clean(@Nullable String value) {
			return value == null ? "" : value.replace('\u00A0', ' ').replace("\uFEFF", "").strip();
		}
	}
}
