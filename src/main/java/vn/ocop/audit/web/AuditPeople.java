package vn.ocop.audit.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.ocop.audit.AuditRecord;
import vn.ocop.identity.UserManagement;
import vn.ocop.identity.UserSummary;

/**
 * Who the people of the audit log are (issue 16): the full name of the account behind each username an entry names
 * — its author, and the values of the properties that hold a person (createdBy, decidedBy, reviewer …) — looked up
 * once per page. A name that is no account (an account since deleted, {@code system}, a certificate code in
 * replacedBy) has no entry and is shown as it was recorded.
 */
@Component
class AuditPeople {

	private final UserManagement users;

	AuditPeople(UserManagement users) {
		this.users = users;
	}

	/** The full names of the accounts the entries name, by username. */
	Map<String, String> names(Collection<AuditRecord> records) {
		Set<String> usernames = new LinkedHashSet<>();
		for (AuditRecord record : records) {
			usernames.add(record.actor());
			record.changes().forEach((property, change) -> {
				if (holdsPerson(property)) {
					addText(usernames, change.before());
					addText(usernames, change.after());
				}
			});
		}
		Map<String, String> names = new HashMap<>();
		for (String username : usernames) {
			if (username.isBlank() || username.length() > 64) {
				continue;
			}
			users.find(username).map(UserSummary::displayName).filter(n -> !n.isBlank())
					.ifPresent(name -> names.put(username, name));
		}
		return names;
	}

	/** Whether a property records a person by username: its name says who did something, or names a user. */
	static boolean holdsPerson(String property) {
		return property.endsWith("By") || property.equals("username") || property.equals("actor")
				|| property.equals("author") || property.equals("reviewer") || property.equals("inspector");
	}

	private static void addText(Set<String> usernames, @Nullable Object value) {
		if (value instanceof String text) {
			usernames.add(text);
		}
	}
}
