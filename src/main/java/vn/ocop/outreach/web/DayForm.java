package vn.ocop.outreach.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The day a sales point opens or closes: today unless another is given. */
class DayForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate on;

	LocalDate orToday(LocalDate today) {
		return on == null ? today : on;
	}

	public @Nullable LocalDate getOn() {
		return on;
	}

	public void setOn(@Nullable LocalDate on) {
		this.on = on;
	}
}
