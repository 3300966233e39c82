package vn.ocop.support;

/**
 * Kinds of industrial property protection an OCOP product's name or sign can have.
 */
public enum IpType {
	TRADEMARK, COLLECTIVE_MARK, CERTIFICATION_MARK, GEOGRAPHICAL_INDICATION, INDUSTRIAL_DESIGN
}
