package vn.ocop.registry;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A dossier file as listed (never its content).
 */
public record DocumentInfo(UUID id, String typeCode, String fileName, String contentType, long sizeBytes,
		String sha256, Instant uploadedAt, String uploadedBy, @Nullable Instant supersededAt) {
}
