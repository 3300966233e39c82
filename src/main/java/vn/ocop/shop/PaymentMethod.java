package vn.ocop.shop;

/**
 * How the buyer pays.
 */
public enum PaymentMethod {
	/** Thanh toán khi nhận hàng. */
	COD,
	/** Chuyển khoản ngân hàng qua mã VietQR. */
	BANK_TRANSFER
}
