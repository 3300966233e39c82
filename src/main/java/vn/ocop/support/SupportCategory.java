package vn.ocop.support;

/**
 * What a support item pays for.
 */
public enum SupportCategory {
	PACKAGING_DESIGN, IP_REGISTRATION, QUALITY_CERTIFICATION, TESTING, EQUIPMENT, TRADE_FAIR, E_COMMERCE,
	CONSULTANCY, TRAINING, OTHER
}
