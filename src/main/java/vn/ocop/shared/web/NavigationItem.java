package vn.ocop.shared.web;

import java.util.Set;

/**
 * An entry of the back-office navigation, contributed as a bean by the module that owns the page.
 *
 * @param labelCode message code of the label
 * @param href the link
 * @param order position in the menu, smaller first
 * @param roles roles that see the entry (without the {@code ROLE_} prefix); empty means every signed-in user
 */
public record NavigationItem(String labelCode, String href, int order, Set<String> roles) {

	public static NavigationItem of(String labelCode, String href, int order, String... roles) {
		return new NavigationItem(labelCode, href, order, Set.of(roles));
	}
}
