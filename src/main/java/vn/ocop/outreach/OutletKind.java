package vn.ocop.outreach;

/**
 * A showcase and sales centre or a smaller sales point.
 */
public enum OutletKind {
	/** Trung tâm giới thiệu và bán sản phẩm OCOP. */
	CENTRE,
	/** Điểm giới thiệu và bán sản phẩm OCOP. */
	POINT
}
