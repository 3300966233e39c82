package vn.ocop.shared;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Platform-wide settings ({@code ocop.*}).
 *
 * @param zone the time zone in which "today" is reckoned for deadlines and validity
 * @param baseUrl the absolute base URL used for links that leave the application (QR codes, e-mails)
 * @param trustedProxies the reverse proxies (addresses or CIDR ranges) whose {@code Forwarded} headers are believed;
 *        by default the same host
 * @param mail the e-mails the platform sends
 * @param demo the demonstration mode (demo accounts and records)
 * @param search the search indexes
 */
@ConfigurationProperties("ocop")
public record OcopSettings(ZoneId zone, URI baseUrl, List<String> trustedProxies, Mail mail, Demo demo,
		Search search) {

	public OcopSettings(@Nullable ZoneId zone, @Nullable URI baseUrl, @Nullable List<String> trustedProxies,
			@Nullable Mail mail, @Nullable Demo demo, @Nullable Search search) {
		this.zone = zone == null ? ZoneId.of("Asia/Ho_Chi_Minh") : zone;
		this.baseUrl = baseUrl == null ? URI.create("http://localhost:8080") : baseUrl;
		this.trustedProxies = trustedProxies == null ? List.of("127.0.0.1/32", "::1/128") : List.copyOf(trustedProxies);
		this.mail = mail == null ? new Mail(null) : mail;
		this.demo = demo == null ? new Demo(false) : demo;
		this.search = search == null ? new Search(null) : search;
	}

	/** The base URL without a trailing slash, to put a path after. */
	public String baseUrlWithoutSlash() {
		String url = baseUrl.toString();
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	/** @param from the sender of the platform's e-mails */
	public record Mail(String from) {

		public Mail(@Nullable String from) {
			this.from = from == null || from.isBlank() ? "ocop@hatinh.gov.vn" : from.strip();
		}
	}

	/** @param enabled whether the demo accounts and records are created and the sign-in page lists them */
	public record Demo(boolean enabled) {
	}

	/**
	 * @param indexDir the folder of the search indexes, one folder an indexed entity under a folder named by the
	 *        version of the mapping ({@code ./data/index} by default, next to the embedded database; Hibernate
	 *        Search reads the same property in {@code application.properties})
	 */
	public record Search(Path indexDir) {

		public Search(@Nullable Path indexDir) {
			this.indexDir = indexDir == null ? Path.of("./data/index") : indexDir;
		}
	}
}
