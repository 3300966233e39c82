package vn.ocop.certification;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the officers' certificate list; every field optional.
 *
 * @param status the status today
 * @param expiringWithinDays certificates in force whose last day is at most this many days away
 * @param q words of the product's or producer's name, or a part of the code
 */
public record CertificateFilter(@Nullable CertificateStatus status, @Nullable Integer expiringWithinDays,
		@Nullable String q) {

	public static CertificateFilter none() {
		return new CertificateFilter(null, null, null);
	}
}
