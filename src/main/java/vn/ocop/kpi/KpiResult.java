package vn.ocop.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * One indicator of the dashboard: the measure's number next to the plan's target.
 *
 * @param name the indicator's name in the reader's language
 * @param rule how the number is counted, in the reader's language
 * @param unit the unit in the reader's language
 * @param target the plan's target for the year, {@code null} if the plan sets none
 * @param targetLabel the target as the plan words it, {@code null} if none
 */
public record KpiResult(String code, String name, String rule, String unit, @Nullable BigDecimal target,
		@Nullable String targetLabel, Measurement measurement) {

	public @Nullable BigDecimal actual() {
		return measurement.actual();
	}

	public boolean available() {
		return measurement.available();
	}

	/** Per cent of the target reached (capped at 100 for the bar), or -1 without a target or a number. */
	public int progress() {
		if (target == null || actual() == null || target.signum() == 0) {
			return -1;
		}
		return Math.min(100, actual().multiply(BigDecimal.valueOf(100)).divide(target, 0, RoundingMode.DOWN).intValue());
	}

	public boolean reached() {
		return target != null && actual() != null && actual().compareTo(target) >= 0;
	}
}
