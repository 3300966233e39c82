package vn.ocop.geography;

/**
 * Level of an administrative unit.
 */
public enum UnitLevel {
	/** Tỉnh / thành phố trực thuộc trung ương. */
	PROVINCE,
	/** Huyện, thị xã, thành phố thuộc tỉnh (district level; abolished from 1 July 2025). */
	DISTRICT,
	/** Xã, phường, thị trấn. */
	COMMUNE
}
