package vn.ocop.content;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Editorial content settings ({@code ocop.content.*}).
 *
 * @param imageHosts the hosts whose https images an article may use as its cover besides uploaded images (none by
 *        default; blank entries are ignored)
 */
@ConfigurationProperties("ocop.content")
record ContentSettings(List<String> imageHosts) {

	ContentSettings(@Nullable List<String> imageHosts) {
		this.imageHosts = imageHosts == null ? List.of()
				: imageHosts.stream().filter(h -> h != null && !h.isBlank()).map(String::strip).toList();
	}
}
