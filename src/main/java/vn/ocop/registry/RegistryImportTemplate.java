package vn.ocop.registry;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

import vn.ocop.criteria.CriteriaApi;
import vn.ocop.criteria.ProductSet;
import vn.ocop.shared.document.Sheet;
import vn.ocop.shared.document.Workbook;

/**
 * The import template: a sheet "Danh sách" with the header row and one example row (Hà Tĩnh data), and a sheet
 * "Danh mục" that explains the columns and lists the accepted legal forms, registration types and the product
 * sets of Decision 1048/QĐ-TTg.
 */
final class RegistryImportTemplate {

	static final String DATA_SHEET = "Danh sách";
	static final String LISTS_SHEET = "Danh mục";
	static final String REGULATION = "1048/QĐ-TTg";

	/** Columns kept as text so that Excel keeps leading zeros and long digit strings. */
	private static final List<RegistryImportColumn> TEXT_COLUMNS = List.of(RegistryImportColumn.REGISTRATION_NUMBER,
			RegistryImportColumn.PRODUCER_COMMUNE_CODE, RegistryImportColumn.PHONE, RegistryImportColumn.PRODUCT_SET_CODE,
			RegistryImportColumn.PRODUCT_COMMUNE_CODE, RegistryImportColumn.REGISTRATION_TYPE, RegistryImportColumn.GTIN);

	/** The example row: Hợp tác xã Cam Vũ Quang of Đức Lĩnh (18322), Vũ Quang, and its oranges. */
	private static final Map<RegistryImportColumn, Object> EXAMPLE = Map.ofEntries(
			Map.entry(RegistryImportColumn.PRODUCER_NAME, "Hợp tác xã Cam Vũ Quang"),
			Map.entry(RegistryImportColumn.LEGAL_FORM, "Hợp tác xã"),
			Map.entry(RegistryImportColumn.REGISTRATION_NUMBER, "3001234561"),
			Map.entry(RegistryImportColumn.REGISTRATION_DATE, LocalDate.of(2016, 3, 15)),
			Map.entry(RegistryImportColumn.REPRESENTATIVE, "Nguyễn Văn Cam"),
			Map.entry(RegistryImportColumn.ADDRESS, "Thôn Tân Quang, xã Đức Lĩnh, huyện Vũ Quang"),
			Map.entry(RegistryImportColumn.PRODUCER_COMMUNE_CODE, "18322"),
			Map.entry(RegistryImportColumn.PHONE, "0912345601"),
			Map.entry(RegistryImportColumn.EMAIL, "htxcamvuquang@example.vn"),
			Map.entry(RegistryImportColumn.MEMBERS, 25), Map.entry(RegistryImportColumn.WORKERS, 40),
			Map.entry(RegistryImportColumn.WOMEN_WORKERS, 18), Map.entry(RegistryImportColumn.ETHNIC_MINORITY_WORKERS, 0),
			Map.entry(RegistryImportColumn.PROGRAMME_YEAR, 2019), Map.entry(RegistryImportColumn.NEWLY_FOUNDED, "Không"),
			Map.entry(RegistryImportColumn.PRODUCT_NAME, "Cam Vũ Quang"),
			Map.entry(RegistryImportColumn.PRODUCT_SET_CODE, "1048-01"),
			Map.entry(RegistryImportColumn.PRODUCT_COMMUNE_CODE, "18322"),
			Map.entry(RegistryImportColumn.REGISTRATION_TYPE, "02"),
			Map.entry(RegistryImportColumn.DESCRIPTION,
					"Cam chanh trồng trên đất đồi Vũ Quang, quả tròn, vỏ mỏng, vị ngọt thanh, chín vào dịp Tết."),
			Map.entry(RegistryImportColumn.INGREDIENTS, "Cam chanh tươi"),
			Map.entry(RegistryImportColumn.PACKAGING, "Hộp carton 5 kg có tem truy xuất"),
			Map.entry(RegistryImportColumn.SHELF_LIFE, "30 ngày"), Map.entry(RegistryImportColumn.UNIT, "kg"),
			Map.entry(RegistryImportColumn.PRICE_VND, 35_000L));

	private final CriteriaApi criteria;
	private final MessageSource messages;
	private final Locale locale;

	RegistryImportTemplate(CriteriaApi criteria, MessageSource messages, Locale locale) {
		this.criteria = criteria;
		this.messages = messages;
		this.locale = locale;
	}

	void write(OutputStream out) throws IOException {
		try (Workbook workbook = Workbook.inMemory()) {
			var columns = RegistryImportColumn.values();
			Sheet data = workbook.sheet(DATA_SHEET, Arrays.stream(columns).map(RegistryImportColumn::key).toList())
					.textColumns(TEXT_COLUMNS.stream().mapToInt(Enum::ordinal).toArray())
					.widths(Arrays.stream(columns).mapToInt(c -> Math.max(12, Math.min(40, c.key().length() + 4))).toArray());
			data.row(Arrays.stream(columns).map(RegistryImportTemplate::example).toArray());

			Sheet lists = workbook.sheet(LISTS_SHEET, List.of()).widths(26, 60, 30, 70);
			lists.title(text("registry.io.template.columns")).header(text("registry.io.template.column"),
					text("registry.io.template.meaning"), text("registry.io.template.required"),
					text("registry.io.template.note"));
			for (RegistryImportColumn column : columns) {
				lists.row(column.key(), text(column.labelCode()),
						RegistryImportColumn.REQUIRED.contains(column) ? text("registry.io.template.yes") : "",
						optional("registry.io.hint." + column.key()));
			}
			lists.skip().title(text("registry.io.template.legalForms")).header(text("registry.io.template.code"),
					text("registry.io.template.name"));
			for (LegalForm form : LegalForm.values()) {
				lists.row(form.name(), text("registry.legalForm." + form.name()));
			}
			lists.skip().title(text("registry.io.template.registrationTypes")).header(text("registry.io.template.code"),
					text("registry.io.template.name"));
			lists.row("01", text("registry.registrationType.NEW_PRODUCT"), RegistrationType.NEW_PRODUCT.name());
			lists.row("02", text("registry.registrationType.EXISTING_PRODUCT"), RegistrationType.EXISTING_PRODUCT.name());
			lists.skip().title(text("registry.io.template.productSets", REGULATION)).header(
					text("registry.io.template.code"), text("registry.io.template.name"),
					text("registry.io.template.group"), text("registry.io.template.sector"));
			for (ProductSet set : criteria.productSets(REGULATION)) {
				lists.row(set.code(), set.name(), set.groupName(), set.sectorName());
			}
			workbook.writeTo(out);
		}
	}

	/** The example's value of a column as the cell takes it: text kept as text, the price as an amount. */
	private static @Nullable Object example(RegistryImportColumn column) {
		Object value = EXAMPLE.get(column);
		if (value instanceof String text && TEXT_COLUMNS.contains(column)) {
			return Sheet.text(text);
		}
		return column == RegistryImportColumn.PRICE_VND && value instanceof Number n ? Sheet.amount(n) : value;
	}

	private String text(String code, Object... arguments) {
		return messages.getMessage(code, arguments, code, locale);
	}

	private String optional(String code) {
		return messages.getMessage(code, null, "", locale);
	}
}
