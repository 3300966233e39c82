package vn.ocop.kpi;

import java.util.Arrays;

import org.springframework.stereotype.Component;

import vn.ocop.registry.LegalForm;
import vn.ocop.registry.RegistryFacts.ProducerFact;

/**
 * Organisations taking part: existing ones strengthened, and newly founded ones, by legal form. A producer counts
 * for the year it joined the programme ({@code programmeYear}), or, without one, for a year in which it has a
 * product taking part.
 */
final class OrganisationMeasures {

	private OrganisationMeasures() {
	}

	static boolean inYear(ProducerFact p, KpiInput input) {
		return p.programmeYear() != null ? p.programmeYear() == input.year()
				: input.participatingProducers().contains(p.id());
	}

	static String[] legalKeys() {
		return Arrays.stream(LegalForm.values()).map(f -> "programme.breakdown.legal." + f.name()).toArray(String[]::new);
	}

	abstract static class Organisations implements KpiMeasure {

		abstract boolean newlyFounded();

		public String unitCode() {
			return "programme.unit.organisations";
		}

		public Measurement measure(KpiInput input) {
			var tally = input.tally().keys(legalKeys());
			input.producers().stream().filter(p -> p.newlyFounded() == newlyFounded()).filter(p -> inYear(p, input))
					.forEach(p -> tally.add(CountedKind.PRODUCER, p.id(), p.unitAt().code(), null, ProductMeasures.day(p.createdAt()),
							"programme.breakdown.legal." + p.legalForm().name()));
			return tally.done();
		}
	}

	@Component
	static class OrganisationsStrengthened extends Organisations {

		public String code() {
			return "ORGANISATIONS_STRENGTHENED";
		}

		public int order() {
			return 20;
		}

		boolean newlyFounded() {
			return false;
		}
	}

	@Component
	static class OrganisationsNew extends Organisations {

		public String code() {
			return "ORGANISATIONS_NEW";
		}

		public int order() {
			return 21;
		}

		boolean newlyFounded() {
			return true;
		}
	}
}
