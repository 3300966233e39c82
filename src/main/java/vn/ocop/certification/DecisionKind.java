package vn.ocop.certification;

/**
 * The kinds of decision the provincial office records.
 */
public enum DecisionKind {
	/** Quyết định công nhận sản phẩm OCOP. */
	RECOGNITION,
	/** Quyết định hạ hạng sao. */
	DOWNGRADE,
	/** Quyết định thu hồi giấy chứng nhận. */
	REVOCATION
}
