package vn.ocop.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.ocop.geography.UnitAt;

/**
 * A producer as other modules and the API see it.
 */
public record ProducerSummary(UUID id, String name, LegalForm legalForm, String registrationNumber,
		@Nullable LocalDate registrationDate, @Nullable String representative, @Nullable String address,
		String communeCode, LocalDate unitDate, @Nullable String phone, @Nullable String email, int members,
		int workers, int womenWorkers, int ethnicMinorityWorkers, @Nullable Integer programmeYear,
		boolean newlyFounded, Set<String> accounts, Instant createdAt) {

	/** The commune of the address as it was on the unit date (the API keeps the two fields). */
	public UnitAt unitAt() {
		return new UnitAt(communeCode, unitDate);
	}
}
