package vn.ocop.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The path is checked before a mapping's other conditions: a mapping none of whose patterns matches is passed
 * over, one that may match goes to Spring's full check; without a parsed path everything goes to the full check.
 */
class QuickHandlerLookupTests {

	private static PathPatternsRequestCondition paths(String... patterns) {
		return new PathPatternsRequestCondition(PathPatternParser.defaultInstance, patterns);
	}

	private static QuickHandlerLookup.MethodReadOnce request(String uri, boolean parsed) {
		var request = new MockHttpServletRequest("GET", uri);
		if (parsed) {
			ServletRequestPathUtils.parseAndCache(request);
		}
		return new QuickHandlerLookup.MethodReadOnce(request);
	}

	@Test
	void aMappingWhosePathsCannotMatchIsPassedOver() {
		var verify = request("/verify/HT-2026-0001", true);
		assertThat(verify.mayMatch(paths("/verify/{code}"))).isTrue();
		assertThat(verify.mayMatch(paths("/products/{slug}", "/verify/{code}"))).isTrue();
		assertThat(verify.mayMatch(paths("/products/{slug}"))).isFalse();
		assertThat(verify.mayMatch(paths("/verify"))).isFalse();
		assertThat(verify.getMethod()).isEqualTo("GET");
	}

	@Test
	void withoutAParsedPathOrPatternsTheFullCheckDecides() {
		assertThat(request("/verify/x", false).mayMatch(paths("/products/{slug}"))).isTrue();
		assertThat(request("/verify/x", true).mayMatch(null)).isTrue();
	}

	@Test
	void aMappingWhosePatternsBeginWithAnotherLiteralSegmentIsPassedOverFirst() {
		var product = request("/products/bench-1", true);
		assertThat(product.mayStartWith(first("/products/{slug}"))).isTrue();
		assertThat(product.mayStartWith(first("/products", "/verify/{code}"))).isTrue();
		assertThat(product.mayStartWith(first("/verify/{code}"))).isFalse();
		assertThat(product.mayStartWith(first("/producers/{slug}", "/product"))).isFalse();
		// a pattern that does not begin with a literal segment, or a path not parsed: the patterns decide
		assertThat(product.mayStartWith(first("/{page}"))).isTrue();
		assertThat(product.mayStartWith(first("/prod*/{x}"))).isTrue();
		assertThat(product.mayStartWith(first("/**"))).isTrue();
		assertThat(product.mayStartWith(first("/verify/{code}", "/"))).isTrue();
		assertThat(request("/products/x", false).mayStartWith(first("/verify/{code}"))).isTrue();
		// the segment as patterns match it: decoded, without matrix variables
		assertThat(request("/produc%74s;a=b/x", true).mayStartWith(first("/products/{slug}"))).isTrue();
		// no first segment: the patterns decide
		assertThat(request("/", true).mayStartWith(first("/verify"))).isTrue();
	}

	private static String[] first(String... patterns) {
		return QuickHandlerLookup.firstSegments(
				org.springframework.web.servlet.mvc.method.RequestMappingInfo.paths(patterns).build());
	}
}
