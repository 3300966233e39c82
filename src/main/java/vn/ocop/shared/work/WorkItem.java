package vn.ocop.shared.work;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One thing waiting for the signed-in user (issue 16): what it is, by when, where to act, and how many of it.
 *
 * @param kind a stable key of the kind of work, e.g. {@code registry.ideas-to-select}, for tests, filters and icons
 * @param messageCode message code of the line shown, resolved with {@code args} in the reader's language
 * @param args arguments of the message (plain strings, already formatted)
 * @param deadline the day by which it should be done (in the configured zone), or {@code null} if none
 * @param link the page inside the application where the user acts
 * @param count how many things the item stands for (at least 1)
 */
public record WorkItem(String kind, String messageCode, List<String> args, @Nullable LocalDate deadline, String link,
		long count) {

	public WorkItem {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(messageCode, "messageCode");
		Objects.requireNonNull(link, "link");
		args = List.copyOf(args);
		if (count < 1) {
			throw new IllegalArgumentException("A work item stands for at least one thing");
		}
	}

	/** An item whose message takes {@code args} (formatted with {@code String.valueOf}). */
	public static WorkItem of(String kind, String messageCode, @Nullable LocalDate deadline, String link, long count,
			Object... args) {
		return new WorkItem(kind, messageCode, java.util.Arrays.stream(args).map(String::valueOf).toList(), deadline,
				link, count);
	}
}
