package vn.ocop.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The signed-in user as other modules see it.
 *
 * @param username the login name
 * @param displayName the person's name
 * @param roles the roles held
 * @param unitCode GSO code of the administrative unit the user is bound to
 */
public record CurrentUser(String username, String displayName, Set<Role> roles, String unitCode) {

	/** The roles bound to an area that act for the administration: the provincial office and its officers. */
	public static final Set<Role> OFFICER_ROLES = EnumSet.of(Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER,
			Role.COMMUNE_OFFICER);

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/** An officer of the provincial office, a district or a commune. */
	public boolean isOfficer() {
		return roles.stream().anyMatch(OFFICER_ROLES::contains);
	}

	/** The provincial office (the OCOP coordination office), which sees and decides everything. */
	public boolean isOffice() {
		return roles.contains(Role.PROVINCE_ADMIN);
	}
}
