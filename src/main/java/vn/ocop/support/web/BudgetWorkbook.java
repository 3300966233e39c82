package vn.ocop.support.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import vn.ocop.shared.document.Sheet;
import vn.ocop.shared.document.Workbook;
import vn.ocop.support.BudgetRollup;
import vn.ocop.support.CommitmentView;

/**
 * The year's budget roll-up as an .xlsx workbook (Apache POI, as the other exports): one sheet per view (activities,
 * sources, districts, product groups) and one of the commitments, amounts as whole đồng so that they add up in
 * Excel.
 */
@Component
class BudgetWorkbook {

	static final MediaType XLSX = MediaType
			.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final MessageSource messages;

	BudgetWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	byte[] write(BudgetRollup rollup) throws IOException {
		Locale locale = LocaleContextHolder.getLocale();
		Workbook workbook = Workbook.inMemory();
		rows(workbook, "support.budget.byActivity", "support.budget.activity", rollup.byActivity(), rollup, true,
				locale);
		List<BudgetRollup.Row> sources = rollup.bySource().stream()
				.map(r -> new BudgetRollup.Row(r.key(), text("support.source." + r.key(), locale), r.allocated(),
						r.committed(), r.disbursed()))
				.toList();
		rows(workbook, "support.budget.bySource", "support.budget.source", sources, rollup, true, locale);
		rows(workbook, "support.budget.byArea", "support.budget.area", rollup.byArea(), rollup, false, locale);
		rows(workbook, "support.budget.byGroup", "support.budget.group", rollup.byGroup(), rollup, false, locale);
		Sheet sheet = workbook.sheet(text("support.budget.commitments", locale),
				List.of(text("support.budget.committedOn", locale), text("support.budget.description", locale),
						text("support.budget.committed", locale), text("support.budget.disbursed", locale)));
		for (CommitmentView c : rollup.commitments()) {
			sheet.row(c.committedOn().toString(), c.description(), amount(c.amount()), amount(c.disbursed()));
		}
		sheet.widths(55, 55, 20, 20, 20);
		return workbook.bytes();
	}

	private void rows(Workbook workbook, String name, String first, List<BudgetRollup.Row> rows, BudgetRollup rollup,
			boolean allocated, Locale locale) {
		List<String> titles = new ArrayList<>(List.of(text(first, locale)));
		if (allocated) {
			titles.add(text("support.budget.allocated", locale));
		}
		titles.addAll(List.of(text("support.budget.committed", locale), text("support.budget.disbursed", locale)));
		if (allocated) {
			titles.add(text("support.budget.remaining", locale));
		}
		Sheet sheet = workbook.sheet(text(name, locale), titles);
		for (BudgetRollup.Row line : rows) {
			sheet.row(values(line.label(), line.allocated(), line.committed(), line.disbursed(), line.remaining(),
					allocated));
		}
		var t = rollup.totals();
		sheet.row(values(text("support.budget.total", locale), t.allocated(), t.committed(), t.disbursed(),
				t.remaining(), allocated));
		sheet.widths(55, 20, 20, 20, 20);
	}

	private static Object[] values(String label, @Nullable BigDecimal allocated, BigDecimal committed,
			BigDecimal disbursed, @Nullable BigDecimal remaining, boolean withAllocation) {
		return withAllocation
				? new Object[] { label, amount(allocated), amount(committed), amount(disbursed), amount(remaining) }
				: new Object[] { label, amount(committed), amount(disbursed) };
	}

	/** Whole đồng; an amount not set counts as 0 so that the columns add up. */
	private static Sheet.Amount amount(@Nullable BigDecimal value) {
		return Sheet.amount(value == null ? BigDecimal.ZERO : value);
	}

	private String text(String code, Locale locale) {
		return messages.getMessage(code, null, code, locale);
	}
}
