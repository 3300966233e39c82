package vn.ocop.portal;

import org.jspecify.annotations.Nullable;

/**
 * A catalogue search as its URL says it: {@code /products?q=&stars=&group=&unit=&form=&sort=&page=}.
 *
 * @param q words of the name, producer, place or story; diacritics and small typos forgiven
 * @param stars only products with these stars
 * @param group a product group code
 * @param unit a district or commune code: products of communes inside it
 * @param form a producer legal form
 * @param sort {@code relevance} (default with words), {@code stars} (default without), {@code name}, {@code newest}
 * @param page the page, from 1
 * @param size items per page (1–100)
 */
public record CatalogueQuery(@Nullable String q, @Nullable Integer stars, @Nullable String group,
		@Nullable String unit, @Nullable String form, @Nullable String sort, int page, int size) {

	public static final int DEFAULT_SIZE = 24;
	public static final int MAX_SIZE = 100;

	public CatalogueQuery {
		q = q == null || q.isBlank() ? null : q.strip();
		group = group == null || group.isBlank() ? null : group.strip();
		unit = unit == null || unit.isBlank() ? null : unit.strip();
		form = form == null || form.isBlank() ? null : form.strip();
		sort = sort == null || sort.isBlank() ? null : sort.strip();
		page = Math.max(1, page);
		size = Math.min(MAX_SIZE, Math.max(1, size));
	}

	public static CatalogueQuery all() {
		return new CatalogueQuery(null, null, null, null, null, null, 1, DEFAULT_SIZE);
	}
}
