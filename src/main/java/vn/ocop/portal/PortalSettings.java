package vn.ocop.portal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Public portal settings ({@code ocop.portal.*}). The catalogue's reconciliation is scheduled by its
 * {@code @Scheduled} annotation from {@code ocop.portal.catalogue.refresh-interval} (PT1H); the site's address is the
 * platform's {@code ocop.base-url} ({@link vn.ocop.shared.OcopSettings}).
 *
 * @param pageCacheChars bytes of the home page kept for visitors without an account (4000000 by default; 0 turns
 *        the keeping off)
 * @param catalogue the catalogue's caches
 * @param map the tiles of the public map
 */
@ConfigurationProperties("ocop.portal")
public record PortalSettings(Long pageCacheChars, Catalogue catalogue, Map map) {

	public PortalSettings(@Nullable Long pageCacheChars, @Nullable Catalogue catalogue, @Nullable Map map) {
		this.pageCacheChars = pageCacheChars == null ? 4_000_000L : pageCacheChars;
		this.catalogue = catalogue == null ? new Catalogue(null, null, null) : catalogue;
		this.map = map == null ? new Map(null, null) : map;
	}

	/**
	 * @param cacheSize cached catalogue answers, cleared on every catalogue change (500 by default; 0 turns it off)
	 * @param renderedCacheChars bytes (UTF-8, about a character each) of rendered catalogue result pages kept, at
	 *        most a minute (2000000 by
	 *        default; 0 turns it off). Both are for the searches many visitors ask, and keep a query's answer or
	 *        page at its second asking; most searches are asked once, and
	 *        larger caches only filled the old generation of a small heap with answers nobody asked again (at 2000
	 *        and 8000000, under searches that do not repeat: 82 full collections in a 45 s run, 5 ms of the
	 *        results fragment's 9.7 ms of CPU)
	 * @param itemCacheSize items (the short fields a list shows) kept by product id, so that a search reads only
	 *        the ids of its page from the index (250000 by default, about 21 MB per 100,000 items kept; 0 turns
	 *        it off). Above a country's catalogue: an item not kept is read from the index's stored fields at every
	 *        search that shows it (with the default at exactly 100,000, the benchmark's 100,009 entries left nine
	 *        out, and reading them was ~2.5 % of the public API's CPU)
	 */
	public record Catalogue(Integer cacheSize, Long renderedCacheChars, Integer itemCacheSize) {

		public Catalogue(@Nullable Integer cacheSize, @Nullable Long renderedCacheChars,
				@Nullable Integer itemCacheSize) {
			this.cacheSize = cacheSize == null ? 500 : cacheSize;
			this.renderedCacheChars = renderedCacheChars == null ? 2_000_000L : renderedCacheChars;
			this.itemCacheSize = itemCacheSize == null ? 250_000 : itemCacheSize;
		}
	}

	/**
	 * @param tileUrl the address of the map tiles with the {z}/{x}/{y} placeholders (OpenStreetMap's by default)
	 * @param attribution the tiles' attribution
	 */
	public record Map(String tileUrl, String attribution) {

		public Map(@Nullable String tileUrl, @Nullable String attribution) {
			this.tileUrl = tileUrl == null ? "https://tile.openstreetmap.org/{z}/{x}/{y}.png" : tileUrl;
			this.attribution = attribution == null ? "© OpenStreetMap" : attribution;
		}
	}
}
