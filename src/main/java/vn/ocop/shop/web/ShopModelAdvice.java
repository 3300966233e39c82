package vn.ocop.shop.web;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every shop page needs: the time zone of the dates shown (amounts: {@code @money}). */
@ControllerAdvice(basePackageClasses = ShopModelAdvice.class)
class ShopModelAdvice {

	private final Clock clock;

	ShopModelAdvice(Clock clock) {
		this.clock = clock;
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return clock.getZone();
	}
}
