package vn.ocop.shared.web;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The lookup of the controller method of a request, made cheaper for addresses with variables
 * ({@code /products/{slug}}, {@code /verify/{code}}, every record page of the back office): Spring MVC then tries
 * every one of the application's ~550 mappings, and each try asks the request for its HTTP method (twice, for the
 * method condition and the CORS pre-flight check) through the chain of request wrappers of the security filters.
 * Profiled at 100,000 catalogue entries, that was a sixth of a product page's CPU. The lookup now sees the request
 * with its method read once; everything else (attributes set on a match, headers, parameters) goes to the request
 * itself.
 */
@Configuration(proxyBeanMethods = false)
class QuickHandlerLookup implements WebMvcRegistrations {

	@Override
	public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
		return new RequestMappingHandlerMapping() {

			@Override
			protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
				return super.lookupHandlerMethod(lookupPath, new MethodReadOnce(request));
			}
		};
	}

	/** A request whose HTTP method is read once. */
	static final class MethodReadOnce extends HttpServletRequestWrapper {

		private final String method;

		MethodReadOnce(HttpServletRequest request) {
			super(request);
			this.method = request.getMethod();
		}

		@Override
		public String getMethod() {
			return method;
		}
	}
}
