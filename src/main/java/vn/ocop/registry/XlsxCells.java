package vn.ocop.registry;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The cells of an .xlsx sheet as text, streamed with SAX (POI's event API) so that a large upload stays cheap: the
 * shared strings, and a handler that hands each row's cells to a {@link RowSink}.
 */
final class XlsxCells {

	private XlsxCells() {
	}

	/** Receives the rows in order: the spreadsheet's row number and its cells, left to right. */
	interface RowSink {

		void accept(int row, List<String> cells);
	}

	/** The workbook's shared strings as plain text (rich text runs joined, phonetic runs left out). */
	static List<String> sharedStrings(OPCPackage pkg) throws Exception {
		var parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
		if (parts.isEmpty()) {
			return List.of();
		}
		List<String> strings = new ArrayList<>();
		try (InputStream in = parts.get(0).getInputStream()) {
			XMLReader parser = XMLHelper.newXMLReader();
			parser.setContentHandler(new DefaultHandler() {
				private final StringBuilder text = new StringBuilder();
				private boolean inText;
				private boolean inPhonetic;

				@Override
				public void startElement(String uri, String localName, String qName, Attributes attributes) {
					switch (localName) {
						case "si" -> text.setLength(0);
						case "rPh" -> inPhonetic = true;
						case "t" -> inText = !inPhonetic;
						default -> {
						}
					}
				}

				@Override
				public void endElement(String uri, String localName, String qName) {
					switch (localName) {
						case "si" -> strings.add(text.toString());
						case "rPh" -> inPhonetic = false;
						case "t" -> inText = false;
						default -> {
						}
					}
				}

				@Override
				public void characters(char[] ch, int start, int length) {
					if (inText) {
						text.append(ch, start, length);
					}
				}
			});
			parser.parse(new InputSource(in));
		}
		return strings;
	}

	/**
	 * Reads the cells of a sheet's XML as text, row by row: shared and inline strings, cached formula results,
	 * booleans, and numbers — plainly, or as ISO dates when the cell's style is a date format.
	 */
	static final class SheetHandler extends DefaultHandler {

		private final RowSink collector;
		private final List<String> strings;
		private final StylesTable styles;
		private final Map<Integer, Boolean> dateStyles = new HashMap<>();
		private final List<String> cells = new ArrayList<>();
		private final StringBuilder value = new StringBuilder();
		private int row;
		private int nextRow = 1;
		private int nextColumn;
		private int column;
		private @Nullable String type;
		private int style;
		private boolean inValue;
		private boolean inPhonetic;

		SheetHandler(RowSink collector, List<String> strings, StylesTable styles) {
			this.collector = collector;
			this.strings = strings;
			this.styles = styles;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			switch (localName) {
				case "row" -> {
					String r = attributes.getValue("r");
					row = r == null ? nextRow : Integer.parseInt(r);
					nextRow = row + 1;
					nextColumn = 0;
					cells.clear();
				}
				case "c" -> {
					String reference = attributes.getValue("r");
					column = reference == null ? nextColumn : column(reference);
					type = attributes.getValue("t");
					String s = attributes.getValue("s");
					style = s == null ? -1 : Integer.parseInt(s);
					value.setLength(0);
				}
				case "v" -> inValue = true;
				case "rPh" -> inPhonetic = true;
				case "t" -> inValue = "inlineStr".equals(type) && !inPhonetic;
				default -> {
				}
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			switch (localName) {
				case "v", "t" -> inValue = false;
				case "rPh" -> inPhonetic = false;
				case "c" -> {
					if (column >= 0 && column <= 16_383) {
						while (cells.size() <= column) {
							cells.add("");
						}
						cells.set(column, text());
					}
					nextColumn = column + 1;
				}
				case "row" -> collector.accept(row, cells);
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (inValue) {
				value.append(ch, start, length);
			}
		}

		private String text() {
			String raw = value.toString();
			if (type == null || "n".equals(type)) {
				return raw.isEmpty() ? "" : number(raw);
			}
			return switch (type) {
				case "s" -> {
					try {
						int index = Integer.parseInt(raw.strip());
						yield index >= 0 && index < strings.size() ? strings.get(index) : "";
					}
					catch (NumberFormatException e) {
						yield "";
					}
				}
				case "b" -> "1".equals(raw) ? "TRUE" : "FALSE";
				case "d" -> raw.length() >= 10 ? raw.substring(0, 10) : raw;
				default -> raw;
			};
		}

		/** A number plainly ({@code 3001234561}, {@code 35000}, no grouping or exponent), or a date cell as ISO date. */
		private String number(String raw) {
			double number;
			try {
				number = Double.parseDouble(raw);
			}
			catch (NumberFormatException e) {
				return raw;
			}
			if (Double.isNaN(number) || Double.isInfinite(number)) {
				return raw;
			}
			if (style >= 0 && dateStyles.computeIfAbsent(style, this::isDate) && DateUtil.isValidExcelDate(number)) {
				var dateTime = DateUtil.getLocalDateTime(number);
				if (dateTime != null) {
					return dateTime.toLocalDate().toString();
				}
			}
			return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
		}

		private boolean isDate(int index) {
			if (index >= styles.getNumCellStyles()) {
				return false;
			}
			var cellStyle = styles.getStyleAt(index);
			String pattern = cellStyle.getDataFormatString();
			return pattern != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), pattern);
		}

		/** The column index of a reference such as {@code AB12}. */
		private static int column(String reference) {
			int column = 0;
			for (int i = 0; i < reference.length(); i++) {
				char c = reference.charAt(i);
				if (c >= 'A' && c <= 'Z') {
					column = column * 26 + (c - 'A' + 1);
				}
				else if (c != '$') {
					break;
				}
			}
			return column - 1;
		}
	}
}
