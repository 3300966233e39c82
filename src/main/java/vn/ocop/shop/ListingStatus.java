package vn.ocop.shop;

/**
 * Where a listing stands.
 */
public enum ListingStatus {
	/** Đang bán: shown in the shop. */
	ACTIVE,
	/** Tạm dừng by the producer. */
	PAUSED,
	/** Ẩn tự động: the product's certificate expired or was revoked. */
	SUSPENDED;
}
