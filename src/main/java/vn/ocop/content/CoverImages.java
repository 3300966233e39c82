package vn.ocop.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The safe set of cover images: an image uploaded to the desk ({@code /news/images/yyyy-MM/<uuid>}), or an
 * {@code https} address on one of the hosts the province lists in {@code ocop.content.image-hosts}. Anything else
 * (a {@code javascript:} address, another site) is refused when saved, and never shown if an older record holds it.
 */
final class CoverImages {

	static final String UPLOADED_PREFIX = "/news/images/";

	private static final Pattern UPLOADED = Pattern.compile("/news/images/(\\d{4}-\\d{2}/[0-9a-f-]{36})");

	private CoverImages() {
	}

	/** The path after {@code /news/images/} of an uploaded image, or {@code null} if the address is not one. */
	static @Nullable String uploadedPath(String address) {
		var matcher = UPLOADED.matcher(address);
		return matcher.matches() ? matcher.group(1) : null;
	}

	/** An {@code https} address on one of the listed hosts. */
	static boolean onListedHost(String address, List<String> hosts) {
		URI uri = https(address);
		return uri != null && hosts.stream().anyMatch(h -> h.strip().equalsIgnoreCase(uri.getHost()));
	}

	/** The address as it may be shown: an uploaded image or an {@code https} address, otherwise nothing. */
	static @Nullable String shown(@Nullable String address) {
		if (address == null) {
			return null;
		}
		return uploadedPath(address) != null || https(address) != null ? address : null;
	}

	private static @Nullable URI https(String address) {
		try {
			URI uri = new URI(address);
			if (uri.isAbsolute() && "https".equals(uri.getScheme().toLowerCase(Locale.ROOT)) && uri.getHost() != null
					&& uri.getRawUserInfo() == null) {
				return uri;
			}
			return null;
		}
		catch (URISyntaxException e) {
			return null;
		}
	}
}
