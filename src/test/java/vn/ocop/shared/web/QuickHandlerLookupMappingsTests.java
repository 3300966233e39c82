package vn.ocop.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The grouped lookup gives every request the controller method Spring's own lookup gives it, or the same error: a
 * path with variables matched by one mapping of its group, by several (Spring orders them), by none (404), by one
 * whose method or media type do not fit (405, 415), a literal path, a pattern that begins with a variable, a
 * first segment in other letters' case, and a CORS pre-flight request.
 */
class QuickHandlerLookupMappingsTests {

	@Controller
	@SuppressWarnings("unused")
	static class Pages {

		@GetMapping("/products/{slug}")
		void product(@PathVariable String slug) {
		}

		@GetMapping("/products/{slug}/qr")
		void qr(@PathVariable String slug) {
		}

		@GetMapping("/products/new")
		void newProduct() {
		}

		@GetMapping("/products")
		void catalogue() {
		}

		@GetMapping(path = "/products", headers = "HX-Request")
		void fragment() {
		}

		@PostMapping(path = "/products/{slug}/reviews", consumes = "application/json")
		void review(@PathVariable String slug) {
		}

		@GetMapping({ "/verify/{code}", "/v/{code}" })
		void verify(@PathVariable String code) {
		}

		@GetMapping(path = "/verify/{code}", params = "format=pdf")
		void verifyPdf(@PathVariable String code) {
		}

		@GetMapping("/{page}.html")
		void staticPage(@PathVariable String page) {
		}

		@RequestMapping("/admin/**")
		void admin() {
		}
	}

	private static RequestMappingHandlerMapping spring;
	private static RequestMappingHandlerMapping quick;
	/** The mappings the quick lookup has tried. */
	private static final AtomicInteger tried = new AtomicInteger();

	@BeforeAll
	static void mappings() {
		var context = new StaticWebApplicationContext();
		context.setServletContext(new MockServletContext());
		context.registerSingleton("pages", Pages.class);
		context.refresh();
		spring = new RequestMappingHandlerMapping();
		quick = new QuickHandlerLookup.Mappings() {
			@Override
			protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
				tried.incrementAndGet();
				return super.getMatchingMapping(info, request);
			}
		};
		for (RequestMappingHandlerMapping mapping : List.of(spring, quick)) {
			mapping.setApplicationContext(context);
			mapping.afterPropertiesSet();
		}
	}

	private static MockHttpServletRequest request(String method, String uri) {
		var request = new MockHttpServletRequest(method, uri);
		ServletRequestPathUtils.parseAndCache(request);
		return request;
	}

	/** The method chosen, or the error's class; and the path variables set on the request. */
	private static String lookup(RequestMappingHandlerMapping mapping, Callable<MockHttpServletRequest> newRequest)
			throws Exception {
		MockHttpServletRequest request = newRequest.call();
		try {
			HandlerExecutionChain chain = mapping.getHandler(request);
			if (chain == null) {
				return "none";
			}
			String method = chain.getHandler() instanceof HandlerMethod handler ? handler.getMethod().getName()
					: chain.getHandler().getClass().getSimpleName();
			return method + " " + request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) + " "
					+ request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		}
		catch (Exception e) {
			return e.getClass().getSimpleName();
		}
	}

	private static void same(String expected, Callable<MockHttpServletRequest> request) throws Exception {
		String answer = lookup(spring, request);
		assertThat(lookup(quick, request)).isEqualTo(answer);
		assertThat(answer).startsWith(expected);
	}

	@Test
	void aPathWithVariablesTriesOnlyItsGroup() throws Exception {
		tried.set(0);
		assertThat(lookup(quick, () -> request("GET", "/verify/HT-1"))).startsWith("verify");
		// the two mappings of /verify (one of them also /v) and the one that begins with a variable, of 10
		assertThat(tried.get()).isEqualTo(3);
		assertThat(quick.getHandlerMethods()).hasSize(10);
	}

	@Test
	void everyRequestGetsTheAnswerOfSpringsOwnLookup() throws Exception {
		same("product {slug=cam-bu}", () -> request("GET", "/products/cam-bu"));
		same("qr {slug=cam-bu}", () -> request("GET", "/products/cam-bu/qr"));
		same("newProduct", () -> request("GET", "/products/new")); // a literal path before the pattern
		same("catalogue", () -> request("GET", "/products"));
		same("fragment", () -> {
			var request = request("GET", "/products");
			request.addHeader("HX-Request", "true");
			return request;
		});
		same("verify {code=HT-1}", () -> request("GET", "/verify/HT-1"));
		same("verify {code=HT-1}", () -> request("GET", "/v/HT-1"));
		same("verifyPdf {code=HT-1}", () -> { // two mappings match: Spring's order decides
			var request = request("GET", "/verify/HT-1");
			request.setParameter("format", "pdf");
			return request;
		});
		same("staticPage {page=about}", () -> request("GET", "/about.html"));
		same("admin", () -> request("GET", "/admin/users/1"));
		same("review {slug=cam-bu}", () -> {
			var request = request("POST", "/products/cam-bu/reviews");
			request.setContentType("application/json");
			return request;
		});
		same("HttpMediaTypeNotSupportedException", () -> {
			var request = request("POST", "/products/cam-bu/reviews");
			request.setContentType("text/plain");
			return request;
		});
		same("HttpRequestMethodNotSupportedException", () -> request("DELETE", "/products/cam-bu"));
		same("none", () -> request("GET", "/producers/cam-bu"));
		same("none", () -> request("GET", "/Products/cam-bu")); // the patterns are case-sensitive
		same("PreFlightHttpRequestHandler", () -> {
			var request = request("OPTIONS", "/products/cam-bu");
			request.addHeader("Origin", "https://example.org");
			request.addHeader("Access-Control-Request-Method", "GET");
			return request;
		});
	}
}
