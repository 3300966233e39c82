package vn.ocop.support;

/**
 * The life of an IP application: prepared, filed with the IP office (application number and filing date),
 * accepted as to form, granted (certificate number, expiry), or refused / withdrawn. A granted title past its
 * expiry counts as expired.
 */
public enum IpStatus {
	PREPARING, FILED, ACCEPTED, GRANTED, REFUSED, WITHDRAWN, EXPIRED
}
