package vn.ocop.audit.web;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.ocop.audit.AuditFilter;
import vn.ocop.audit.AuditRecord;
import vn.ocop.identity.People;

/**
 * Who the people of the audit log are (issue 16): the full name of the account behind each username an entry names
 * — its author, and the values of the properties that hold a person (createdBy, decidedBy, reviewer …) — looked up
 * at once per page through the identity module's {@link People}. A name that is no account (an account since
 * deleted, {@code system}, a certificate code in replacedBy) has no entry and is shown as it was recorded.
 */
@Component
class AuditPeople {

	/** At most so many accounts found by name count as the actor of a search. */
	static final int MAX_ACCOUNTS = 500;

	private final People people;

	AuditPeople(People people) {
		this.people = people;
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
		return people.names(usernames);
	}

	/**
	 * The filter with the accounts whose full name contains its actor text (ignoring case and diacritics) counting
	 * as the actor, so the office finds a person's changes by name as well as by username.
	 */
	AuditFilter resolve(AuditFilter filter) {
		if (filter.actor() == null) {
			return filter;
		}
		// a few letters may match most accounts: the query keeps a bounded list of names
		return filter.withActorAccounts(people.usernamesMatching(filter.actor()).stream().limit(MAX_ACCOUNTS)
				.collect(java.util.stream.Collectors.toSet()));
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
