package vn.ocop.shop.web;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.ocop.shop.Money;

/** What every shop page needs: amounts in đồng and the time zone of the dates shown. */
@ControllerAdvice(basePackageClasses = ShopModelAdvice.class)
class ShopModelAdvice {

	private final Clock clock;

	ShopModelAdvice(Clock clock) {
		this.clock = clock;
	}

	@ModelAttribute("money")
	MoneyFormat money() {
		return new MoneyFormat();
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return clock.getZone();
	}

	/** Formats whole đồng in templates: {@code ${money.of(total)}}. */
	static final class MoneyFormat {

		public String of(long vnd) {
			return Money.format(vnd);
		}
	}
}
