package vn.ocop.planning;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The figures that measure a plan's targets, as the plan's page shows them beside each target. The planning module
 * does not count anything itself: the module that computes the indicators (kpi) provides this bean, so the plan
 * depends on no indicator and the page still opens without one.
 */
public interface TargetMeasures {

	/**
	 * One indicator's figure for the year.
	 *
	 * @param rule how the number is counted, in the reader's language
	 * @param progress per cent of the target reached (capped at 100), or -1 without a target or a number
	 */
	record Measured(String code, String rule, @Nullable BigDecimal actual, boolean available, int progress) {
	}

	/** Every indicator's figure for the year by its code (the code a target names in its {@code measure}). */
	Map<String, Measured> measured(int year);

	/** The codes a target may name, in the dashboard's order. */
	List<String> codes();
}
