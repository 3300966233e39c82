package vn.ocop.registry;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the back-office producer list; every field optional.
 */
public record ProducerFilter(@Nullable String q, @Nullable LegalForm legalForm, @Nullable String unitCode) {

	public static ProducerFilter none() {
		return new ProducerFilter(null, null, null);
	}
}
