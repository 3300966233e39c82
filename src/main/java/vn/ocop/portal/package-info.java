/**
 * The public programme website: what OCOP is in the province, live figures, and (later) the catalogue of certified
 * products, news and maps.
 */
@org.jspecify.annotations.NullMarked
package vn.ocop.portal;
