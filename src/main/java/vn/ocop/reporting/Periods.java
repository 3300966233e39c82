package vn.ocop.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

import vn.ocop.shared.BusinessRuleException;

/** Reporting periods: a calendar month written {@code YYYY-MM}, reported in the following month. */
final class Periods {

	private Periods() {
	}

	/** The month a text names; 422 naming the field for anything else. */
	static YearMonth parse(@Nullable String text) {
		if (text == null || text.isBlank()) {
			throw BusinessRuleException.unprocessable("monitoring.period.required");
		}
		try {
			return YearMonth.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw BusinessRuleException.unprocessable("monitoring.period.invalid", text);
		}
	}

	/** The day by which the month's report is due (the given day of the following month). */
	static LocalDate due(YearMonth period, int day) {
		return period.plusMonths(1).atDay(day);
	}

	/** 422 for a month not yet begun or before the programme's records (2019). */
	static void requireStarted(YearMonth period, java.time.Clock clock) {
		if (period.isAfter(YearMonth.now(clock))) {
			throw BusinessRuleException.unprocessable("monitoring.period.future", period.toString());
		}
		if (period.isBefore(YearMonth.of(2019, 1))) {
			throw BusinessRuleException.unprocessable("monitoring.period.tooOld", period.toString());
		}
	}

	static LocalDate day(YearMonth period) {
		return period.atDay(1);
	}

	static YearMonth of(LocalDate day) {
		return YearMonth.from(day);
	}
}
