package vn.ocop.certification;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;

/**
 * The administrative level whose authority signs a decision; the names match the levels of the regulations in
 * {@code criteria/regulations.json}. The officers of a unit decide for its level; the provincial office also
 * records the decisions of the central level (the Minister's 5★ recognitions and revocations) when they arrive.
 */
public enum IssuingLevel {
	COMMUNE, DISTRICT, PROVINCE, CENTRAL;

	/** The level a user's decisions are taken at by default, or {@code null} if the user decides at none. */
	static @Nullable IssuingLevel of(CurrentUser user) {
		if (user.has(Role.PROVINCE_ADMIN)) {
			return PROVINCE;
		}
		if (user.has(Role.DISTRICT_OFFICER)) {
			return DISTRICT;
		}
		if (user.has(Role.COMMUNE_OFFICER)) {
			return COMMUNE;
		}
		return null;
	}

	/** The levels whose decisions the user may record. */
	static Set<IssuingLevel> recordableBy(CurrentUser user) {
		IssuingLevel own = of(user);
		if (own == null) {
			return Set.of();
		}
		return own == PROVINCE ? Set.of(PROVINCE, CENTRAL) : Set.of(own);
	}
}
