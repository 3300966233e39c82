package vn.ocop.shared.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The one way CSV files leave the platform: UTF-8 with a byte-order mark (for spreadsheets), and every text cell
 * that a spreadsheet would read as a formula ({@code = + - @}, tab, carriage return) neutralised with a leading
 * apostrophe, as OWASP advises against CSV injection. Numbers stay numbers. An architecture test makes sure no other
 * class prints CSV.
 */
public final class CsvExport {

	private CsvExport() {
	}

	/** The file: the header row, then the rows. */
	public static byte[] of(List<String> header, Iterable<? extends List<?>> rows) {
		var out = new StringWriter();
		out.write('\uFEFF');
		try (var printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			printer.printRecord(header.stream().map(CsvExport::cell).toList());
			for (List<?> row : rows) {
				printer.printRecord(row.stream().map(CsvExport::cell).toList());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** A cell as written: text that would start a formula gets a leading apostrophe; other values as they are. */
	static @Nullable Object cell(@Nullable Object value) {
		if (value instanceof CharSequence text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return value;
	}
}
