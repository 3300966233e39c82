package vn.ocop.audit;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What to look for in the audit log; every criterion is optional and blank ones are ignored.
 *
 * @param actor the exact name of the user who made the changes
 * @param entityType the simple class name of the changed records, e.g. {@code UserAccount}
 * @param entityId the identifier of one record
 * @param text text contained (ignoring case) in the changed values or in the reason
 * @param from the first day, inclusive, in the programme's time zone (Asia/Ho_Chi_Minh)
 * @param to the last day, inclusive, in the programme's time zone
 * @param actorAccounts further usernames whose changes count as the actor's: the accounts whose full name contains
 *        the actor text (resolved through the identity module); used only when an actor is given
 */
public record AuditFilter(@Nullable String actor, @Nullable String entityType, @Nullable String entityId,
		@Nullable String text, @Nullable LocalDate from, @Nullable LocalDate to, Set<String> actorAccounts) {

	public AuditFilter {
		actor = blankToNull(actor);
		actorAccounts = Set.copyOf(actorAccounts);
		entityType = blankToNull(entityType);
		entityId = blankToNull(entityId);
		text = blankToNull(text);
		if (from != null && to != null && to.isBefore(from)) {
			throw new IllegalArgumentException("The end date " + to + " lies before the start date " + from);
		}
	}

	public AuditFilter(@Nullable String actor, @Nullable String entityType, @Nullable String entityId,
			@Nullable String text, @Nullable LocalDate from, @Nullable LocalDate to) {
		this(actor, entityType, entityId, text, from, to, Set.of());
	}

	/** The same criteria, the changes of the given accounts also counting as the actor's. */
	public AuditFilter withActorAccounts(Set<String> accounts) {
		return new AuditFilter(actor, entityType, entityId, text, from, to, accounts);
	}

	/** No criteria: the whole log. */
	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null, null);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
