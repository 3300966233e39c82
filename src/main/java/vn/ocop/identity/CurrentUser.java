package vn.ocop.identity;

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

	public boolean has(Role role) {
		return roles.contains(role);
	}
}
