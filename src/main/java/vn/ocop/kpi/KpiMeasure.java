package vn.ocop.kpi;

/**
 * One key performance indicator, measured from the records (never typed in). Each measure is a small bean; the
 * dashboard asks every bean for its {@link Measurement} of a year and puts it next to the plan's target whose
 * {@code measure} names {@link #code()}. Measures of other modules' data (producers' revenue from monitoring, shop
 * sales) are beans like the others.
 */
public interface KpiMeasure {

	/** Stable code, e.g. {@code PRODUCTS_CERTIFIED}; plan targets name it in their {@code measure}. */
	String code();

	/** Message code of the indicator's name; by default {@code programme.kpi.<CODE>}. */
	default String nameCode() {
		return "programme.kpi." + code();
	}

	/** Message code of the unit, e.g. {@code programme.unit.products}. */
	String unitCode();

	/** Message code of the rule that says how the number is counted; by default {@code programme.kpi.<CODE>.rule}. */
	default String ruleCode() {
		return "programme.kpi." + code() + ".rule";
	}

	/** Position on the dashboard. */
	int order();

	/** Measures the year from the records the input gives access to. */
	Measurement measure(KpiInput input);
}
