package vn.ocop.shared.web;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The container's error path ({@code /error}): what reaches it (an error the handlers did not answer, a filter's
 * {@code sendError}) is answered as RFC 9457 problem+json for the API and for clients that do not ask for HTML,
 * and as the error page otherwise; never Spring's default body. Asked for directly, it is 404.
 */
@Controller
@Hidden
class ErrorResponses implements ErrorController {

	/** Statuses that have their own title and detail in the bundles; anything else reads as 500's. */
	static final Set<Integer> DESCRIBED = Set.of(400, 401, 403, 404, 405, 413, 503);

	private final MessageSource messages;

	ErrorResponses(MessageSource messages) {
		this.messages = messages;
	}

	@RequestMapping(path = "${server.error.path:${error.path:/error}}")
	Object error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null ? HttpStatus.valueOf(value)
				: HttpStatus.NOT_FOUND;
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = uri == null ? request.getRequestURI() : uri.toString();
		if (wantsProblem(request, path)) {
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
					.body(problem(status, path));
		}
		var page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		return page;
	}

	/** The problem document of a status, in the caller's language. */
	ProblemDetail problem(HttpStatus status, @Nullable String instance) {
		Locale locale = LocaleContextHolder.getLocale();
		int described = DESCRIBED.contains(status.value()) ? status.value() : 500;
		var problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage("error." + described + ".detail", null, locale));
		problem.setType(URI.create(ApiProblemHandler.TYPE_BASE + (status.is5xxServerError() && status != HttpStatus.SERVICE_UNAVAILABLE ? "server-error"
				: status.name().toLowerCase(Locale.ROOT).replace('_', '-'))));
		problem.setTitle(messages.getMessage("error." + status.value() + ".title", null,
				messages.getMessage("error." + described + ".title", null, locale), locale));
		if (instance != null) {
			problem.setInstance(URI.create(instance.replaceAll("[^A-Za-z0-9/._~-]", "")));
		}
		return problem;
	}

	private static boolean wantsProblem(HttpServletRequest request, String path) {
		if (path.startsWith(request.getContextPath() + "/api/")) {
			return true;
		}
		String accept = request.getHeader("Accept");
		return accept != null && !accept.contains("text/html") && (accept.contains("json") || accept.contains("problem"));
	}
}
