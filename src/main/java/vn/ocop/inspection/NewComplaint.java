package vn.ocop.inspection;

import org.jspecify.annotations.Nullable;

/**
 * A complaint as sent from the public form.
 *
 * @param clientKey who sends it (the client address), for the hourly limit; never stored
 */
public record NewComplaint(String certificateCode, String description, @Nullable String reporterName,
		@Nullable String reporterContact, byte @Nullable [] photo, String clientKey) {
}
