/**
 * The public programme website (cổng thông tin OCOP): what OCOP is in the province with live figures, the catalogue
 * of certified products (sản phẩm OCOP còn hiệu lực) with a Vietnamese search that forgives missing diacritics and
 * small typos, product and producer pages, the map, open data, and what makes the site findable (sitemap,
 * structured data).
 */
@org.jspecify.annotations.NullMarked
package vn.ocop.portal;
