package vn.ocop.registry;

/**
 * The phases of the annual OCOP cycle (chu trình OCOP thường niên), in order.
 */
public enum CyclePhase {
	/** Tuyên truyền, hướng dẫn. */
	PROPAGANDA,
	/** Nhận đăng ký ý tưởng sản phẩm. */
	IDEA_REGISTRATION,
	/** Huyện (từ 7/2025: xã) xét chọn sản phẩm. */
	SELECTION,
	/** Nhận phương án, hồ sơ sản phẩm. */
	DOSSIER,
	/** Đánh giá, phân hạng sản phẩm. */
	EVALUATION,
	/** Công nhận, cấp giấy chứng nhận. */
	CERTIFICATION,
	/** Xúc tiến thương mại. */
	PROMOTION
}
