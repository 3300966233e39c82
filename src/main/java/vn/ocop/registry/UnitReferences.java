package vn.ocop.registry;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.ocop.geography.GeographyApi;
import vn.ocop.geography.Unit;
import vn.ocop.geography.UnitLevel;
import vn.ocop.shared.BusinessRuleException;

/**
 * Turns a commune code entered by a user into a reference to one version of the unit: the version in force on the
 * preferred day, or else the nearest version of that code (an old code keeps pointing at what it was).
 */
@Component
class UnitReferences {

	record UnitReference(String code, LocalDate on, Unit unit) {
	}

	private final GeographyApi geography;

	UnitReferences(GeographyApi geography) {
		this.geography = geography;
	}

	UnitReference commune(String code, LocalDate preferred) {
		String trimmed = code == null ? "" : code.strip();
		var found = geography.find(trimmed, preferred);
		UnitReference reference;
		if (found.isPresent()) {
			reference = new UnitReference(trimmed, preferred, found.get());
		}
		else {
			List<Unit> versions = geography.versionsOf(trimmed);
			if (versions.isEmpty()) {
				throw BusinessRuleException.unprocessable("geography.unit.unknown", trimmed);
			}
			Unit nearest = versions.get(versions.size() - 1);
			for (Unit version : versions) {
				if (version.validFrom().isAfter(preferred)) {
					nearest = version;
					break;
				}
			}
			LocalDate on = nearest.validFrom().isAfter(preferred) ? nearest.validFrom()
					: (nearest.validTo() == null ? preferred : nearest.validTo());
			reference = new UnitReference(trimmed, on, nearest);
		}
		if (reference.unit().level() != UnitLevel.COMMUNE) {
			throw BusinessRuleException.unprocessable("registry.unit.notCommune", trimmed, reference.unit().name());
		}
		// the registry is the programme's province's: another province's commune (loaded for addresses) is refused
		if (!geography.isWithin(trimmed, geography.homeProvince(), reference.on())) {
			throw BusinessRuleException.unprocessable("registry.unit.outsideProvince", trimmed, reference.unit().name());
		}
		return reference;
	}
}
