package vn.ocop.portal;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What another module shows on a product's public page, below the product's facts (the support module: the
 * product's granted IP titles). Written as HTML by the module that owns it, with its own fragment, so the portal
 * needs none of its types. Asked on every visit of a product page: it must be cheap for the many products that have
 * nothing to show, and show a change (a newly granted title) on the next visit.
 */
public interface ProductPageSection {

	/** The section of this product, in the request's language, as HTML; empty when there is nothing to show. */
	String html(UUID productId, HttpServletRequest request, HttpServletResponse response);
}
