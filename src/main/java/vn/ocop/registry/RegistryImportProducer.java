package vn.ocop.registry;

import static vn.ocop.registry.RegistryImportColumn.*;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * A producer as an import file names it: by registration number, first described on one row, whose producer cells
 * (normalised: two spellings of the same value compare equal) later rows of the producer must agree with.
 */
final class RegistryImportProducer {

	final String number;
	final int firstRow;
	final Map<RegistryImportColumn, String> fingerprint;
	/** Whether the producer exists already (it is then reused, not created). */
	boolean existing;
	/** The producer the rows' products belong to; none if its row is wrong or it is outside the user's area. */
	@Nullable Producer producer;
	String communeCode = "";

	RegistryImportProducer(String number, RegistryImportSheet.Row firstRow) {
		this.number = number;
		this.firstRow = firstRow.number();
		this.fingerprint = fingerprint(firstRow);
	}

	/** The registration number in its usual written form. */
	String formatted() {
		return new RegistrationNumber(number).formatted();
	}

	/** The producer's cells of a row, normalised so that two spellings of the same value compare equal. */
	static Map<RegistryImportColumn, String> fingerprint(RegistryImportSheet.Row row) {
		Map<RegistryImportColumn, String> values = new EnumMap<>(RegistryImportColumn.class);
		for (RegistryImportColumn column : RegistryImportColumn.values()) {
			if (!column.describesProducer() || column == REGISTRATION_NUMBER) {
				continue;
			}
			String value = row.get(column);
			values.put(column, value.isEmpty() ? "" : normalised(column, value));
		}
		return values;
	}

	private static String normalised(RegistryImportColumn column, String value) {
		Function<String, String> plain = RegistryImportValues::comparable;
		return switch (column) {
			case LEGAL_FORM -> RegistryImportValues.legalForm(value).map(Enum::name).orElseGet(() -> plain.apply(value));
			case REGISTRATION_DATE ->
				RegistryImportValues.date(value).map(LocalDate::toString).orElseGet(() -> plain.apply(value));
			case MEMBERS, WORKERS, WOMEN_WORKERS, ETHNIC_MINORITY_WORKERS, PROGRAMME_YEAR ->
				RegistryImportValues.whole(value).map(String::valueOf).orElseGet(() -> plain.apply(value));
			case NEWLY_FOUNDED -> RegistryImportValues.yesNo(value).map(String::valueOf).orElseGet(() -> plain.apply(value));
			case PHONE -> RegistryImportValues.phone(value);
			default -> plain.apply(value);
		};
	}
}
