package vn.ocop.outreach.web;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The public map of sales points ({@code ocop.map.*}).
 *
 * @param tileUrl the address template of the map tiles (OpenStreetMap's by default)
 * @param tileAttribution the credit the tile provider asks for, shown on the map
 */
@ConfigurationProperties("ocop.map")
record OutreachSettings(String tileUrl, String tileAttribution) {

	OutreachSettings(@Nullable String tileUrl, @Nullable String tileAttribution) {
		this.tileUrl = tileUrl == null || tileUrl.isBlank() ? "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
				: tileUrl.strip();
		this.tileAttribution = tileAttribution == null ? "© OpenStreetMap" : tileAttribution;
	}
}
