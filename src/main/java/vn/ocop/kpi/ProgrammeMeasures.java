package vn.ocop.kpi;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import vn.ocop.outreach.PilotStatus;
import vn.ocop.outreach.PilotLevel;

/**
 * The measures of the programme's own records: share of officials and participating producers trained, sales
 * centres and points open, pilot models built per level.
 */
final class ProgrammeMeasures {

	private ProgrammeMeasures() {
	}

	@Component
	static class TrainedShare implements KpiMeasure {

		public String code() {
			return "TRAINED_SHARE";
		}

		public String unitCode() {
			return "programme.unit.percent";
		}

		public int order() {
			return 30;
		}

		/**
		 * Officials (officer accounts) and producers taking part in the year's cycle who completed a course of the
		 * year, over all of them. A producer counts as trained when the producer, or one of its accounts, did.
		 */
		public Measurement measure(KpiInput input) {
			Set<String> trainedAccounts = new HashSet<>();
			Set<UUID> trainedProducers = new HashSet<>();
			for (var c : input.completions()) {
				if (c.username() != null) {
					trainedAccounts.add(c.username());
				}
				if (c.producerId() != null) {
					trainedProducers.add(c.producerId());
				}
			}
			long officials = input.officials().size();
			long officialsTrained = input.officials().stream().filter(o -> trainedAccounts.contains(o.username())).count();
			Set<UUID> producers = input.participatingProducers();
			long producersTrained = producers.stream().filter(trainedProducers::contains).count();
			Map<String, BigDecimal> breakdown = new LinkedHashMap<>();
			breakdown.put("programme.breakdown.officialsTrained", BigDecimal.valueOf(officialsTrained));
			breakdown.put("programme.breakdown.officials", BigDecimal.valueOf(officials));
			breakdown.put("programme.breakdown.producersTrained", BigDecimal.valueOf(producersTrained));
			breakdown.put("programme.breakdown.producers", BigDecimal.valueOf(producers.size()));
			Map<String, BigDecimal> byCommune = new LinkedHashMap<>();
			input.completions().stream().filter(c -> c.communeCode() != null)
					.forEach(c -> byCommune.merge(c.communeCode(), BigDecimal.ONE, BigDecimal::add));
			return new Measurement(true, Measurement.percent(officialsTrained + producersTrained, officials + producers.size()),
					byCommune, Map.of(), breakdown, java.util.List.of());
		}
	}

	@Component
	static class OutletsOpen implements KpiMeasure {

		public String code() {
			return "OUTLETS_OPEN";
		}

		public String unitCode() {
			return "programme.unit.outlets";
		}

		public int order() {
			return 31;
		}

		/** Outlets opened on or before the end of the year (or today) and not closed by then. */
		public Measurement measure(KpiInput input) {
			var asOf = input.asOf();
			var tally = input.tally().keys("programme.breakdown.kind.CENTRE", "programme.breakdown.kind.POINT");
			var inOperation = input.outlets().stream().filter(o -> o.openedOn() != null && !o.openedOn().isAfter(asOf))
					.filter(o -> o.closedOn() == null || o.closedOn().isAfter(asOf)).toList();
			inOperation.forEach(o -> tally.add(CountedKind.OUTLET, o.id(), o.communeCode(), null, o.openedOn(), "programme.breakdown.kind." + o.kind().name()));
			// in operation at the end of the year (the figure) beside those formed in the year (issue 18)
			var done = tally.done();
			var breakdown = new LinkedHashMap<>(done.breakdown());
			breakdown.put("programme.breakdown.outletsOpenedInYear",
					BigDecimal.valueOf(inOperation.stream().filter(o -> o.openedOn().getYear() == input.year()).count()));
			return done.withBreakdown(breakdown);
		}
	}

	abstract static class PilotsBuilt implements KpiMeasure {

		abstract PilotLevel level();

		public String code() {
			return "PILOTS_" + level().name();
		}

		public String unitCode() {
			return "programme.unit.pilots";
		}

		/** Pilots of the level and year that are built; the breakdown shows those still being built. */
		public Measurement measure(KpiInput input) {
			var tally = input.tally().keys("programme.breakdown.pilot.BUILT",
					"programme.breakdown.pilot.BUILDING", "programme.breakdown.pilot.SELECTED");
			long building = 0;
			long selected = 0;
			for (var p : input.pilots()) {
				if (p.level() != level() || p.year() != input.year()) {
					continue;
				}
				if (p.status() == PilotStatus.BUILT) {
					tally.add(CountedKind.PILOT, p.id(), p.communeCode(), null, p.completedOn(), "programme.breakdown.pilot.BUILT");
				}
				else if (p.status() == PilotStatus.BUILDING) {
					building++;
				}
				else {
					selected++;
				}
			}
			var done = tally.done();
			var breakdown = new LinkedHashMap<>(done.breakdown());
			breakdown.put("programme.breakdown.pilot.BUILDING", BigDecimal.valueOf(building));
			breakdown.put("programme.breakdown.pilot.SELECTED", BigDecimal.valueOf(selected));
			return done.withBreakdown(breakdown);
		}
	}

	@Component
	static class PilotsCentral extends PilotsBuilt {

		PilotLevel level() {
			return PilotLevel.CENTRAL;
		}

		public int order() {
			return 32;
		}
	}

	@Component
	static class PilotsProvincial extends PilotsBuilt {

		PilotLevel level() {
			return PilotLevel.PROVINCIAL;
		}

		public int order() {
			return 33;
		}
	}

	@Component
	static class PilotsDistrict extends PilotsBuilt {

		PilotLevel level() {
			return PilotLevel.DISTRICT;
		}

		public int order() {
			return 34;
		}
	}
}
