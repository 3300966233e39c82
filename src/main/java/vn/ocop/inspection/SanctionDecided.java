package vn.ocop.inspection;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The office decided (followed or dismissed) the sanction an inspection finding proposed. */
public record SanctionDecided(UUID inspectionId, UUID findingId, Sanction sanction, boolean followed,
		@Nullable String certificateCode) {
}
