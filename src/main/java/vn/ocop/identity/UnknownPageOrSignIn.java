package vn.ocop.identity;

import java.io.IOException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A visitor who is not signed in and asks for a page: the sign-in page if the page exists, the 404 page if no page
 * answers that address (issue 16: a mistyped public link is "not found", not "please sign in").
 */
class UnknownPageOrSignIn implements AuthenticationEntryPoint {

	private final LoginUrlAuthenticationEntryPoint signIn;
	private final ObjectProvider<RequestMappingHandlerMapping> pages;

	UnknownPageOrSignIn(ObjectProvider<RequestMappingHandlerMapping> pages) {
		this.pages = pages;
		this.signIn = new LoginUrlAuthenticationEntryPoint("/login");
		// a relative Location: the Host header of a request is never reflected into a redirect
		this.signIn.setFavorRelativeUris(true);
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException, ServletException {
		if (!exists(request)) {
			response.sendError(HttpStatus.NOT_FOUND.value());
			return;
		}
		signIn.commence(request, response, e);
	}

	/** Whether a controller answers the address (with any method: a wrong method is still a page to sign in for). */
	private boolean exists(HttpServletRequest request) {
		RequestMappingHandlerMapping mapping = pages.getIfAvailable();
		if (mapping == null) {
			return true;
		}
		Object previous = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
		try {
			ServletRequestPathUtils.parseAndCache(request);
			return mapping.getHandler(request) != null;
		}
		catch (Exception methodOrMediaTypeMismatch) {
			return true;
		}
		finally {
			if (previous == null) {
				ServletRequestPathUtils.clearParsedRequestPath(request);
			}
			else {
				request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, previous);
			}
		}
	}
}
