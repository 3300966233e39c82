package vn.ocop.shared;

import java.net.URI;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Platform-wide settings ({@code ocop.*}).
 *
 * @param zone the time zone in which "today" is reckoned for deadlines and validity
 * @param baseUrl the absolute base URL used for links that leave the application (QR codes, e-mails)
 */
@ConfigurationProperties("ocop")
public record OcopSettings(ZoneId zone, URI baseUrl) {

	public OcopSettings {
		zone = zone == null ? ZoneId.of("Asia/Ho_Chi_Minh") : zone;
		baseUrl = baseUrl == null ? URI.create("http://localhost:8080") : baseUrl;
	}
}
