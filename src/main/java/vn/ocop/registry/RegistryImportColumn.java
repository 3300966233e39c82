package vn.ocop.registry;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of the registry import file: one row per product with its producer's columns. The header names
 * them by {@link #key()} (ASCII, case-insensitive, in any order).
 */
enum RegistryImportColumn {

	PRODUCER_NAME, LEGAL_FORM, REGISTRATION_NUMBER, REGISTRATION_DATE, REPRESENTATIVE, ADDRESS, PRODUCER_COMMUNE_CODE,
	PHONE, EMAIL, MEMBERS, WORKERS, WOMEN_WORKERS, ETHNIC_MINORITY_WORKERS, PROGRAMME_YEAR, NEWLY_FOUNDED,
	PRODUCT_NAME, PRODUCT_SET_CODE, PRODUCT_COMMUNE_CODE, REGISTRATION_TYPE, DESCRIPTION, INGREDIENTS, PACKAGING,
	SHELF_LIFE, UNIT, PRICE_VND, GTIN, CYCLE_YEAR;

	/** Columns every file must have. */
	static final Set<RegistryImportColumn> REQUIRED = EnumSet.of(PRODUCER_NAME, LEGAL_FORM, REGISTRATION_NUMBER,
			PRODUCER_COMMUNE_CODE, PRODUCT_NAME, PRODUCT_SET_CODE);

	/** The header key, e.g. {@code producer_commune_code}. */
	String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Whether the column describes the producer (else the product). */
	boolean describesProducer() {
		return ordinal() <= NEWLY_FOUNDED.ordinal();
	}

	/** Message code of the column's readable name. */
	String labelCode() {
		return "registry.io.column." + key();
	}

	/** The column a header cell names: trimmed, case-insensitive, spaces and hyphens read as underscores. */
	static Optional<RegistryImportColumn> ofHeader(String header) {
		String key = normaliseHeader(header);
		for (RegistryImportColumn column : values()) {
			if (column.key().equals(key)) {
				return Optional.of(column);
			}
		}
		return Optional.empty();
	}

	static String normaliseHeader(String header) {
		return header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
	}
}
