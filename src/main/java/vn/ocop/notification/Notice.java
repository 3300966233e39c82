package vn.ocop.notification;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.LinkedHashSet;

import org.jspecify.annotations.Nullable;

/**
 * What to tell whom.
 *
 * @param recipients usernames of the accounts to tell (duplicates and unknown names are ignored)
 * @param topic a stable key of the kind of notice, e.g. {@code certification.expiry-reminder}, for filtering
 * @param messageCode message code of the text, resolved with {@code args} in the reader's language
 * @param args arguments of the message (plain strings, already formatted)
 * @param link a path inside the application (e.g. {@code /certification/42-...}) or {@code null}
 */
public record Notice(Set<String> recipients, String topic, String messageCode, List<String> args,
		@Nullable String link) {

	public Notice {
		recipients = Set.copyOf(new LinkedHashSet<>(recipients));
		args = List.copyOf(args);
	}

	public static Notice to(Collection<String> recipients, String topic, String messageCode, @Nullable String link,
			Object... args) {
		return new Notice(new LinkedHashSet<>(recipients), topic, messageCode,
				java.util.Arrays.stream(args).map(String::valueOf).toList(), link);
	}
}
