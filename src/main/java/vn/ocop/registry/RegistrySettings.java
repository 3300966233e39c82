package vn.ocop.registry;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Registry settings ({@code ocop.registry.*}).
 *
 * @param maxUploadBytes the largest dossier file accepted (10 MiB by default)
 */
@ConfigurationProperties("ocop.registry")
public record RegistrySettings(@Nullable Long maxUploadBytes) {

	public RegistrySettings {
		maxUploadBytes = maxUploadBytes == null || maxUploadBytes <= 0 ? 10L * 1024 * 1024 : maxUploadBytes;
	}

	/** The largest dossier file accepted, in bytes. */
	public long maxUpload() {
		return maxUploadBytes == null ? 10L * 1024 * 1024 : maxUploadBytes;
	}
}
