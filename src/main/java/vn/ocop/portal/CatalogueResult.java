package vn.ocop.portal;

import java.util.List;

/**
 * A page of the catalogue with the counts of each facet value among all matches.
 *
 * @param total all matching products
 * @param facets stars, group, district, commune and legal form, in that order
 */
public record CatalogueResult(long total, List<CatalogueItem> items, int page, int size, List<Facet> facets) {

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	/**
	 * Fills {@code texts} with the texts of item {@code index} of {@link #items}: as the catalogue keeps them where
	 * it does (nothing decoded), else encoded from the item.
	 */
	public void texts(int index, ItemTexts texts) {
		if (items instanceof PageItems kept) {
			kept.texts(index, texts);
		}
		else {
			texts.of(items.get(index));
		}
	}

	/** A facet: a field, its values with counts. */
	public record Facet(String field, List<FacetValue> values) {
	}

	/** A value of a facet with its label and the number of matching products. */
	public record FacetValue(String value, String label, long count) {
	}
}
