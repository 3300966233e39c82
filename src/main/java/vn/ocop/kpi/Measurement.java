package vn.ocop.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * What a {@link KpiMeasure} found for a year: the number, its split by commune and by product set (for the
 * drill-down), a breakdown by a measure-specific key (per star, per legal form…), and the cumulative value at the
 * end of each month of the year (the trend). {@code available} is false for a measure whose source is not wired.
 *
 * @param byCommune counts per commune code (empty when the indicator has no place)
 * @param byProductSet counts per product set code (empty when the indicator is not about products)
 * @param breakdown counts per breakdown key (message code suffix or label), in display order
 * @param monthly twelve cumulative values, January to December (empty when there is no trend)
 * @param records the records counted, one per item of the figure, for the drill-down to the list (only when the
 *     input is detailed; empty for sums and shares)
 */
public record Measurement(boolean available, @Nullable BigDecimal actual, Map<String, BigDecimal> byCommune,
		Map<String, BigDecimal> byProductSet, Map<String, BigDecimal> breakdown, List<BigDecimal> monthly,
		List<Counted> records) {

	/**
	 * One record a figure counts: what it is ({@code kind} and {@code id}, resolved to a name and a link by a
	 * {@link CountedRecords} of the module that owns it) and where it falls in the drill-down.
	 */
	public record Counted(CountedKind kind, String id, @Nullable String communeCode, @Nullable String productSetCode,
			@Nullable LocalDate day, @Nullable String breakdownKey) {
	}

	public Measurement {
		byCommune = Collections.unmodifiableMap(new TreeMap<>(byCommune));
		byProductSet = Collections.unmodifiableMap(new TreeMap<>(byProductSet));
		breakdown = Collections.unmodifiableMap(new LinkedHashMap<>(breakdown));
		monthly = List.copyOf(monthly);
		records = List.copyOf(records);
	}

	/** A measurement without a list of records (sums, shares). */
	public Measurement(boolean available, @Nullable BigDecimal actual, Map<String, BigDecimal> byCommune,
			Map<String, BigDecimal> byProductSet, Map<String, BigDecimal> breakdown, List<BigDecimal> monthly) {
		this(available, actual, byCommune, byProductSet, breakdown, monthly, List.of());
	}

	/** The same figure with another breakdown. */
	public Measurement withBreakdown(Map<String, BigDecimal> otherBreakdown) {
		return new Measurement(available, actual, byCommune, byProductSet, otherBreakdown, monthly, records);
	}

	/** A measure whose data source is not connected yet. */
	public static Measurement unavailable() {
		return new Measurement(false, null, Map.of(), Map.of(), Map.of(), List.of());
	}

	/** A plain number without drill-down. */
	public static Measurement of(BigDecimal actual, Map<String, BigDecimal> breakdown) {
		return new Measurement(true, actual, Map.of(), Map.of(), breakdown, List.of());
	}

	/** Starts counting items of a year, with the split by commune and product set. */
	public static Tally tally(int year) {
		return new Tally(year, true);
	}

	/** Starts counting items of a year; without {@code detailed} the commune and product set splits are skipped. */
	public static Tally tally(int year, boolean detailed) {
		return new Tally(year, detailed);
	}

	/** Counts items one by one with their commune, product set, day and breakdown key. */
	public static final class Tally {

		private final int year;
		private final boolean detailed;
		private long count;
		private final Map<String, long[]> byCommune = new java.util.HashMap<>();
		private final Map<String, long[]> byProductSet = new java.util.HashMap<>();
		private final Map<String, long[]> breakdown = new LinkedHashMap<>();
		private final long[] perMonth = new long[12];
		private final List<Counted> records = new ArrayList<>();
		private boolean dated;

		private Tally(int year, boolean detailed) {
			this.year = year;
			this.detailed = detailed;
		}

		/** Declares breakdown keys up front, so that they show (with 0) in this order. */
		public Tally keys(String... keys) {
			for (String key : keys) {
				breakdown.putIfAbsent(key, new long[1]);
			}
			return this;
		}

		/**
		 * Counts one record, kept (when detailed) for the drill-down to the list of what the figure counts.
		 */
		public Tally add(CountedKind kind, Object id, @Nullable String communeCode, @Nullable String productSetCode,
				@Nullable LocalDate day, @Nullable String breakdownKey) {
			if (detailed) {
				records.add(new Counted(kind, String.valueOf(id), communeCode, productSetCode, day, breakdownKey));
			}
			return add(communeCode, productSetCode, day, breakdownKey);
		}

		/**
		 * Counts one item. A day before the year counts from January, a day after it only in the total.
		 */
		public Tally add(@Nullable String communeCode, @Nullable String productSetCode, @Nullable LocalDate day,
				@Nullable String breakdownKey) {
			count++;
			if (detailed && communeCode != null) {
				byCommune.computeIfAbsent(communeCode, k -> new long[1])[0]++;
			}
			if (detailed && productSetCode != null) {
				byProductSet.computeIfAbsent(productSetCode, k -> new long[1])[0]++;
			}
			if (breakdownKey != null) {
				breakdown.computeIfAbsent(breakdownKey, k -> new long[1])[0]++;
			}
			if (day != null) {
				dated = true;
				if (day.getYear() < year) {
					perMonth[0]++;
				}
				else if (day.getYear() == year) {
					perMonth[day.getMonthValue() - 1]++;
				}
			}
			return this;
		}

		public long count() {
			return count;
		}

		public Measurement done() {
			List<BigDecimal> monthly = new ArrayList<>();
			if (dated) {
				long running = 0;
				for (long m : perMonth) {
					running += m;
					monthly.add(BigDecimal.valueOf(running));
				}
			}
			return new Measurement(true, BigDecimal.valueOf(count), decimals(byCommune), decimals(byProductSet),
					decimals(breakdown), monthly, records);
		}

		private static Map<String, BigDecimal> decimals(Map<String, long[]> counts) {
			Map<String, BigDecimal> result = new LinkedHashMap<>();
			counts.forEach((key, value) -> result.put(key, BigDecimal.valueOf(value[0])));
			return result;
		}
	}

	/** {@code part / whole} in per cent with one decimal; 0 when the whole is 0. */
	public static BigDecimal percent(long part, long whole) {
		if (whole == 0) {
			return BigDecimal.ZERO;
		}
		return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}
}
