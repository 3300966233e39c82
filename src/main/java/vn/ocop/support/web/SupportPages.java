package vn.ocop.support.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.WebDataBinder;

import vn.ocop.shared.Money;
import vn.ocop.shared.web.FormFields;

/**
 * What the support pages share: the form fields of the support bundle, amounts of đồng typed with thousands
 * separators, and today in the configured zone.
 */
@Component
class SupportPages extends FormFields {

	private final Clock clock;

	SupportPages(MessageSource messages, Clock clock) {
		super(messages, "support");
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/** Lets the amounts of a form be typed with thousands separators: dots, commas or spaces. */
	static void amounts(WebDataBinder binder) {
		binder.registerCustomEditor(BigDecimal.class, new AmountEditor());
	}

	/** An amount of whole đồng: digits with thousands separators, never negative. */
	static final class AmountEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(@Nullable String text) {
			if (text == null || text.isBlank()) {
				setValue(null);
				return;
			}
			Money amount = Money.parse(text);
			setValue(amount == null ? null : amount.toBigDecimal());
		}

		@Override
		public String getAsText() {
			return getValue() instanceof BigDecimal amount ? amount.stripTrailingZeros().toPlainString() : "";
		}
	}
}
