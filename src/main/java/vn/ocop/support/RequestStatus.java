package vn.ocop.support;

import java.util.Set;

/**
 * The states of a support request: applied by the producer (or an officer on its behalf), checked by the commune
 * or district, approved or refused by the office, disbursed, and its result reported. A request the commune or
 * district does not endorse is returned ({@link #NOT_ENDORSED}); refusals and non-endorsements are final.
 */
public enum RequestStatus {
	APPLIED, CHECKED, NOT_ENDORSED, APPROVED, REFUSED, DISBURSED, REPORTED;

	/** The states a request may move to from this one. */
	Set<RequestStatus> next() {
		return switch (this) {
			case APPLIED -> Set.of(CHECKED, NOT_ENDORSED);
			case CHECKED -> Set.of(APPROVED, REFUSED);
			case APPROVED -> Set.of(DISBURSED);
			case DISBURSED -> Set.of(REPORTED);
			case NOT_ENDORSED, REFUSED, REPORTED -> Set.of();
		};
	}

	public boolean closed() {
		return next().isEmpty();
	}
}
