package vn.ocop.reporting;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.ocop.identity.AccessScope;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.registry.ProducerSummary;
import vn.ocop.registry.RegistryManagement;
import vn.ocop.geography.UnitAt;
import java.util.function.Predicate;

/**
 * Who may do what in monitoring: a producer account reports for the producers it acts for; officers of an area
 * report on their producers' behalf, follow and remind them, and compile their unit's report; the provincial office
 * sees everything, plans and decides; inspectors carry out inspections.
 */
@Component
class ReportingAccess {

	private final AccessScope scope;
	private final RegistryManagement registry;

	ReportingAccess(AccessScope scope, RegistryManagement registry) {
		this.scope = scope;
		this.registry = registry;
	}

	CurrentUser user() {
		return scope.requireCurrentUser();
	}

	CurrentUser requireOffice() {
		return scope.requireOffice();
	}

	Set<UUID> ownProducers(CurrentUser user) {
		if (!user.has(Role.PRODUCER)) {
			return Set.of();
		}
		return registry.producersManagedBy(user.username()).stream().map(ProducerSummary::id).collect(Collectors.toSet());
	}

	boolean covers(CurrentUser user, UnitAt unit) {
		return scope.covers(user, unit);
	}

	/** Whether the user may report for (and see the reports of) the producer. */
	boolean mayReportFor(CurrentUser user, UUID producerId, UnitAt commune) {
		if (ownProducers(user).contains(producerId)) {
			return true;
		}
		return user.isOfficer() && scope.covers(user, commune);
	}

	/** Officers and inspectors whose unit covers a record; remembered per unit (commune and day) for lists. */
	Predicate<UnitAt> coverage(CurrentUser user) {
		return scope.coverage(user);
	}

	/**
	 * Whether the user may compile (and read) the report of a reporting unit: the office any; a district officer a
	 * district's (periods before July 2025), a commune officer a commune's, inside their area.
	 */
	boolean mayCompile(CurrentUser user, String unitCode, LocalDate on, vn.ocop.geography.UnitLevel level) {
		if (user.isOffice()) {
			return true;
		}
		boolean levelRole = level == vn.ocop.geography.UnitLevel.DISTRICT ? user.has(Role.DISTRICT_OFFICER)
				: user.has(Role.COMMUNE_OFFICER);
		return levelRole && scope.covers(user, unitCode, on);
	}
}
