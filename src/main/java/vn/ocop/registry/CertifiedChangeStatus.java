package vn.ocop.registry;

/** Where a request to change a certified product's recognised details stands. */
public enum CertifiedChangeStatus {
	/** Sent to the provincial office, not decided yet; at most one per product. */
	PENDING,
	/** Approved: the product (and its certificate in force) now carry the new details. */
	APPROVED,
	/** Refused by the office, with its reason; nothing changed. */
	REJECTED
}
