package vn.ocop.support.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.ocop.portal.ProductPageSection;
import vn.ocop.shared.web.RenderedFragments;
import vn.ocop.support.IpView;
import vn.ocop.support.PublicIpTitles;

/**
 * The granted IP titles in force of a product on its public page ({@code support/fragments :: public}); nothing,
 * without a query, for a product that has no registration.
 */
@Component
class IpProductPageSection implements ProductPageSection {

	static final String FRAGMENT = "support/fragments :: public(registrations=${titles}, withProduct=false)";

	private final PublicIpTitles titles;
	private final RenderedFragments fragments;

	IpProductPageSection(PublicIpTitles titles, RenderedFragments fragments) {
		this.titles = titles;
		this.fragments = fragments;
	}

	@Override
	public String html(UUID productId, HttpServletRequest request, HttpServletResponse response) {
		List<IpView> granted = titles.ofProduct(productId);
		return granted.isEmpty() ? "" : fragments.render(FRAGMENT, Map.of("titles", granted), request, response);
	}
}
