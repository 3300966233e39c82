package vn.ocop.registry;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads the values of import cells as typed by people: legal forms and registration types by code or by their
 * Vietnamese (or English) names, with or without diacritics; dates as ISO or {@code dd/MM/yyyy}; numbers with
 * thousands separators; yes/no in several spellings.
 */
final class RegistryImportValues {

	private static final Map<String, LegalForm> LEGAL_FORMS = new HashMap<>();
	private static final Map<String, RegistrationType> REGISTRATION_TYPES = new HashMap<>();
	private static final Map<String, Boolean> BOOLEANS = new HashMap<>();

	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
			.withResolverStyle(ResolverStyle.STRICT);
	private static final DateTimeFormatter DAY_MONTH_YEAR_DASH = DateTimeFormatter.ofPattern("d-M-uuuu")
			.withResolverStyle(ResolverStyle.STRICT);
	private static final DateTimeFormatter DAY_MONTH_YEAR_DOT = DateTimeFormatter.ofPattern("d.M.uuuu")
			.withResolverStyle(ResolverStyle.STRICT);
	private static final DateTimeFormatter[] DAY_FIRST = { DAY_MONTH_YEAR, DAY_MONTH_YEAR_DASH, DAY_MONTH_YEAR_DOT };
	private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([.,\\s]\\d{3})+");
	private static final Pattern WHOLE_DECIMAL = Pattern.compile("(\\d+)[.,]0+");
	private static final Pattern MARKS = Pattern.compile("\\p{M}+");
	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
	private static final Pattern PLAIN_WHOLE = Pattern.compile("-?\\d{1,18}");
	private static final Pattern CURRENCY = Pattern.compile("(?i)\\s*(₫|đ|đồng|vnd|vnđ)$");
	private static final Pattern SEPARATORS = Pattern.compile("[.,\\s]");
	private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})([T ].*)?");
	private static final Pattern PHONE_PUNCTUATION = Pattern.compile("[\\s.\\-()]");
	private static final Pattern PHONE_WITHOUT_ZERO = Pattern.compile("[1-9]\\d{8}");
	private static final Pattern PHONE_COUNTRY = Pattern.compile("84\\d{9,10}");
	private static final Pattern SPACES = Pattern.compile("\\s+");

	static {
		legalForm(LegalForm.ENTERPRISE, "enterprise", "doanh nghiệp", "dn", "công ty", "company");
		legalForm(LegalForm.COOPERATIVE, "cooperative", "hợp tác xã", "htx", "co-operative");
		legalForm(LegalForm.COOPERATIVE_GROUP, "cooperative group", "cooperative_group", "tổ hợp tác", "tht", "thợp tác");
		legalForm(LegalForm.HOUSEHOLD_BUSINESS, "household business", "household_business",
				"hộ sản xuất có đăng ký kinh doanh", "hộ sản xuất", "hộ kinh doanh", "hộ sản xuất kinh doanh", "hộ sxkd",
				"hkd", "household");
		registrationType(RegistrationType.NEW_PRODUCT, "new_product", "new product", "01", "1", "mẫu 01", "mau01",
				"sản phẩm mới", "sản phẩm mới (mẫu 01)", "mới", "new");
		registrationType(RegistrationType.EXISTING_PRODUCT, "existing_product", "existing product", "02", "2",
				"mẫu 02", "mau02", "sản phẩm đã có", "sản phẩm đã có (mẫu 02)", "đã có", "existing");
		for (String yes : new String[] { "1", "x", "true", "yes", "y", "có", "c", "đúng", "mới", "thành lập mới" }) {
			BOOLEANS.put(fold(yes), Boolean.TRUE);
		}
		for (String no : new String[] { "0", "false", "no", "n", "không", "k", "sai" }) {
			BOOLEANS.put(fold(no), Boolean.FALSE);
		}
	}

	private RegistryImportValues() {
	}

	private static void legalForm(LegalForm form, String... names) {
		LEGAL_FORMS.put(fold(form.name()), form);
		for (String name : names) {
			LEGAL_FORMS.put(fold(name), form);
		}
	}

	private static void registrationType(RegistrationType type, String... names) {
		REGISTRATION_TYPES.put(fold(type.name()), type);
		for (String name : names) {
			REGISTRATION_TYPES.put(fold(name), type);
		}
	}

	/**
	 * Lower case without diacritics ({@code đ} as {@code d}), punctuation as spaces, spaces collapsed: "Hợp tác
	 * xã" and "HOP TAC XA" fold alike.
	 */
	static String fold(String text) {
		String decomposed = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
		return NOT_ALPHANUMERIC.matcher(MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd')).replaceAll(" ").strip();
	}

	static Optional<LegalForm> legalForm(String text) {
		return Optional.ofNullable(LEGAL_FORMS.get(fold(text)));
	}

	static Optional<RegistrationType> registrationType(String text) {
		return Optional.ofNullable(REGISTRATION_TYPES.get(fold(text)));
	}

	static Optional<Boolean> yesNo(String text) {
		return Optional.ofNullable(BOOLEANS.get(fold(text)));
	}

	/** ISO {@code yyyy-MM-dd} (also with a time), or {@code dd/MM/yyyy}, {@code dd-MM-yyyy}, {@code dd.MM.yyyy}. */
	static Optional<LocalDate> date(String text) {
		String value = text.strip();
		var iso = ISO_DATE.matcher(value);
		if (iso.matches()) {
			try {
				return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
						Integer.parseInt(iso.group(3))));
			}
			catch (DateTimeException | NumberFormatException e) {
				return Optional.empty();
			}
		}
		if (value.indexOf('/') < 0 && value.indexOf('-') < 0 && value.indexOf('.') < 0) {
			return Optional.empty();
		}
		for (DateTimeFormatter formatter : DAY_FIRST) {
			try {
				return Optional.of(LocalDate.parse(value, formatter));
			}
			catch (DateTimeException e) {
				// try the next form
			}
		}
		return Optional.empty();
	}

	/**
	 * A whole number: plain ({@code 1200}), grouped ({@code 1.200}, {@code 1,200}, {@code 1 200}), or with zero
	 * decimals ({@code 12.0}); an amount may carry a currency ({@code 35.000 đ}, {@code 35000 VND}).
	 */
	static Optional<Long> whole(String text) {
		String value = text.strip().replace('\u00A0', ' ');
		if (PLAIN_WHOLE.matcher(value).matches()) {
			return Optional.of(Long.parseLong(value));
		}
		value = CURRENCY.matcher(value).replaceAll("").strip();
		if (PLAIN_WHOLE.matcher(value).matches()) {
			return Optional.of(Long.parseLong(value));
		}
		if (GROUPED.matcher(value).matches()) {
			String digits = SEPARATORS.matcher(value).replaceAll("");
			return digits.length() <= 18 ? Optional.of(Long.parseLong(digits)) : Optional.empty();
		}
		var decimal = WHOLE_DECIMAL.matcher(value);
		if (decimal.matches() && decimal.group(1).length() <= 18) {
			return Optional.of(Long.parseLong(decimal.group(1)));
		}
		return Optional.empty();
	}

	/** A phone number without spaces, dots, dashes or brackets; a leading zero lost in a number cell is restored. */
	static String phone(String text) {
		String value = PHONE_PUNCTUATION.matcher(text).replaceAll("");
		if (PHONE_WITHOUT_ZERO.matcher(value).matches()) {
			return "0" + value;
		}
		if (PHONE_COUNTRY.matcher(value).matches()) {
			return "+" + value;
		}
		return value;
	}

	/** Text for comparing two spellings of the same value: lower case, spaces collapsed. */
	static String comparable(String text) {
		return SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
	}

	static @Nullable String blankToNull(String text) {
		return text.isBlank() ? null : text;
	}
}
