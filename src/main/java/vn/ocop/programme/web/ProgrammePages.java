package vn.ocop.programme.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ocop.geography.GeographyApi;
import vn.ocop.geography.Unit;
import vn.ocop.geography.UnitLevel;
import vn.ocop.shared.BusinessRuleException;

/**
 * What the programme pages share: reading form fields with errors that name the field, flash messages in the
 * user's language, unit names and choices.
 */
@Component
class ProgrammePages {

	/** The province whose units the forms offer. */
	static final String PROVINCE = "42";

	private final MessageSource messages;
	private final GeographyApi geography;
	private final Clock clock;

	ProgrammePages(MessageSource messages, GeographyApi geography, Clock clock) {
		this.messages = messages;
		this.geography = geography;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/** Runs a change; on success flashes the message, on a broken rule flashes the rule's message. */
	boolean attempt(RedirectAttributes redirect, String successCode, Supplier<?> change, Object... args) {
		try {
			change.get();
			redirect.addFlashAttribute("programmeFlash", text(successCode, args));
			return true;
		}
		catch (BusinessRuleException e) {
			redirect.addFlashAttribute("programmeError", text(e.messageCode(), e.arguments()));
			return false;
		}
	}

	String text(String code, Object... args) {
		return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
	}

	private BusinessRuleException invalid(String field) {
		return BusinessRuleException.unprocessable("programme.field.invalid", text("programme.field." + field));
	}

	String required(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			throw BusinessRuleException.unprocessable("programme.field.required", text("programme.field." + field));
		}
		return value.strip();
	}

	@Nullable
	LocalDate date(@Nullable String value, String field, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				required(value, field);
			}
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw invalid(field);
		}
	}

	BigDecimal decimal(@Nullable String value, String field) {
		try {
			return new BigDecimal(required(value, field).replace(',', '.'));
		}
		catch (NumberFormatException e) {
			throw invalid(field);
		}
	}

	@Nullable
	Integer integer(@Nullable String value, String field, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				required(value, field);
			}
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException e) {
			throw invalid(field);
		}
	}

	<E extends Enum<E>> E choice(Class<E> type, @Nullable String value, String field) {
		try {
			return Enum.valueOf(type, required(value, field));
		}
		catch (IllegalArgumentException e) {
			throw invalid(field);
		}
	}

	List<UUID> ids(@Nullable List<String> values, String field) {
		List<UUID> ids = new ArrayList<>();
		if (values != null) {
			for (String v : values) {
				if (v == null || v.isBlank()) {
					continue;
				}
				try {
					ids.add(UUID.fromString(v.strip()));
				}
				catch (IllegalArgumentException e) {
					throw invalid(field);
				}
			}
		}
		return ids;
	}

	static List<String> lines(@Nullable String value) {
		if (value == null) {
			return List.of();
		}
		return value.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/** The name of a unit (e.g. “Xã Đức Lĩnh, Huyện Vũ Quang”), or the code if unknown. */
	String unitName(@Nullable String code) {
		if (code == null) {
			return "";
		}
		var lineage = geography.lineage(code, today());
		if (lineage.isEmpty()) {
			var versions = geography.versionsOf(code);
			if (versions.isEmpty()) {
				return code;
			}
			var last = versions.get(versions.size() - 1);
			lineage = geography.lineage(code, last.validFrom());
		}
		return String.join(", ", lineage.stream().filter(u -> u.level() != UnitLevel.PROVINCE).map(Unit::name).toList());
	}

	/** The communes and districts of the province in force today, for selects. */
	List<Unit> units() {
		List<Unit> result = new ArrayList<>();
		for (Unit district : geography.unitsInForce(today(), UnitLevel.DISTRICT, PROVINCE)) {
			result.add(district);
			result.addAll(geography.unitsInForce(today(), UnitLevel.COMMUNE, district.code()));
		}
		if (result.isEmpty()) {
			result.addAll(geography.unitsInForce(today(), UnitLevel.COMMUNE, PROVINCE));
		}
		return result;
	}
}
