package vn.ocop.evaluation;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Evaluation settings ({@code ocop.evaluation.*}).
 *
 * @param maxUploadBytes the largest document of the central council accepted (10 MiB by default)
 */
@ConfigurationProperties("ocop.evaluation")
public record EvaluationSettings(@Nullable Long maxUploadBytes) {

	public EvaluationSettings {
		maxUploadBytes = maxUploadBytes == null || maxUploadBytes <= 0 ? 10L * 1024 * 1024 : maxUploadBytes;
	}

	/** The largest document accepted, in bytes. */
	public long maxUpload() {
		return maxUploadBytes == null ? 10L * 1024 * 1024 : maxUploadBytes;
	}
}
