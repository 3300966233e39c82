package vn.ocop.registry;

/**
 * Which registration form a product uses.
 */
public enum RegistrationType {
	/** Mẫu 01: sản phẩm mới (a new product idea). */
	NEW_PRODUCT,
	/** Mẫu 02: sản phẩm đã có (an existing product to be improved and standardised). */
	EXISTING_PRODUCT
}
