package vn.ocop.shared.cluster;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Several nodes on one database ({@code ocop.cluster.*}).
 *
 * @param enabled whether this node runs in a cluster (set by the {@code cluster} profile)
 * @param pollInterval how often the change feed is read even without a notification (5 seconds by default)
 * @param positionFile where the node keeps its position in the change feed; by default
 *        {@code change-feed.position} in the search index folder ({@code ocop.search.index-dir}), as the position
 *        belongs to the indexes
 */
@ConfigurationProperties("ocop.cluster")
record ClusterSettings(boolean enabled, Duration pollInterval, @Nullable Path positionFile) {

	ClusterSettings(boolean enabled, @Nullable Duration pollInterval, @Nullable Path positionFile) {
		this.enabled = enabled;
		this.pollInterval = pollInterval == null || pollInterval.isNegative() || pollInterval.isZero()
				? Duration.ofSeconds(5) : pollInterval;
		this.positionFile = positionFile;
	}

	/** The position file: the one set, or {@code change-feed.position} in the given search index folder. */
	Path positionFile(Path indexDir) {
		return positionFile != null ? positionFile : indexDir.resolve("change-feed.position");
	}
}
