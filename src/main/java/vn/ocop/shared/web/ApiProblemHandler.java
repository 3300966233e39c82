package vn.ocop.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import jakarta.validation.ConstraintViolationException;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.ImportProblems;
import vn.ocop.shared.NotFoundException;

/**
 * Turns every error of the JSON API into an RFC 9457 problem document whose {@code detail} speaks the
 * caller's language and whose extra members name the fields and rules that failed.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	static final String TYPE_BASE = "https://ocop.vn/problems/";

	private final MessageSource messages;

	ApiProblemHandler(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException e) {
		return problem(HttpStatus.NOT_FOUND, "not-found", text(e.messageCode(), e.arguments()));
	}

	/** A record whose stored file is no longer in the storage: 404 saying so, not a server error. */
	@ExceptionHandler({ java.io.FileNotFoundException.class, java.nio.file.NoSuchFileException.class })
	ProblemDetail fileMissing(java.io.IOException e) {
		org.slf4j.LoggerFactory.getLogger(ApiProblemHandler.class).warn("Stored file missing: {}", e.getMessage());
		return problem(HttpStatus.NOT_FOUND, "file-missing", text("error.file.missing"));
	}

	@ExceptionHandler(BusinessRuleException.class)
	ProblemDetail businessRule(BusinessRuleException e) {
		var status = e.kind() == BusinessRuleException.Kind.CONFLICT ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
		var problem = problem(status, e.messageCode(), text(e.messageCode(), e.arguments()));
		e.properties().forEach(problem::setProperty);
		if (!e.fieldProblems().isEmpty()) {
			problem.setProperty("errors", e.fieldProblems().stream()
					.map(p -> Map.of("field", p.field(), "code", p.messageCode(), "message", text(p.messageCode(), p.arguments())))
					.toList());
		}
		return problem;
	}

	@ExceptionHandler(ImportProblems.class)
	ProblemDetail importProblems(ImportProblems e) {
		var problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "import-refused",
				text("import.refused", e.problems().size()));
		problem.setProperty("errors", e.problems().stream()
				.map(p -> Map.of("row", p.row(), "code", p.messageCode(), "message", text(p.messageCode(), p.arguments().toArray())))
				.toList());
		return problem;
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail accessDenied(AccessDeniedException e) {
		return problem(HttpStatus.FORBIDDEN, "forbidden", text("error.403.detail"));
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail constraintViolation(ConstraintViolationException e) {
		var problem = problem(HttpStatus.BAD_REQUEST, "validation", text("error.validation"));
		problem.setProperty("errors", e.getConstraintViolations().stream()
				.map(v -> Map.of("field", String.valueOf(v.getPropertyPath()), "message", v.getMessage(),
						"rule", v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()))
				.toList());
		return problem;
	}

	/**
	 * What the database refuses (a figure beyond its column, a text too long, a duplicate the checks missed): the
	 * transaction is rolled back, the caller told which kind of value was refused, never a 500.
	 */
	@ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
	ProblemDetail dataRefused(org.springframework.dao.DataIntegrityViolationException e) {
		if (e instanceof org.springframework.dao.DuplicateKeyException) {
			return problem(HttpStatus.CONFLICT, "conflict", text("error.data.duplicate"));
		}
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "data-refused", text("error.data.refused"));
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail illegalArgument(IllegalArgumentException e) {
		return problem(HttpStatus.BAD_REQUEST, "bad-request", e.getMessage());
	}

	@ExceptionHandler(IllegalStateException.class)
	ProblemDetail illegalState(IllegalStateException e) {
		return problem(HttpStatus.CONFLICT, "conflict", e.getMessage());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
		var problem = problem(HttpStatus.BAD_REQUEST, "validation",
				text("error.parameter.invalid", e.getName(), String.valueOf(e.getValue())));
		problem.setProperty("errors", List.of(Map.of("field", e.getName(), "message",
				text("error.parameter.invalid", e.getName(), String.valueOf(e.getValue())))));
		return problem;
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var problem = problem(HttpStatus.BAD_REQUEST, "validation", text("error.validation"));
		problem.setProperty("errors", ex.getBindingResult().getFieldErrors().stream().map(this::fieldError).toList());
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var problem = problem(HttpStatus.BAD_REQUEST, "validation", text("error.validation"));
		problem.setProperty("errors", ex.getParameterValidationResults().stream()
				.flatMap(r -> r.getResolvableErrors().stream().map(err -> Map.of(
						"field", String.valueOf(r.getMethodParameter().getParameterName()),
						"message", messages.getMessage(err, locale()))))
				.toList());
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var cause = ex.getMostSpecificCause();
		var problem = problem(HttpStatus.BAD_REQUEST, "unreadable-body", text("error.body.unreadable",
				cause.getMessage() == null ? "" : firstLine(cause.getMessage())));
		return ResponseEntity.badRequest().body(problem);
	}

	private Map<String, String> fieldError(FieldError error) {
		return Map.of("field", error.getField(), "rule", String.valueOf(error.getCode()),
				"message", messages.getMessage(error, locale()));
	}

	private ProblemDetail problem(HttpStatus status, String type, String detail) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + type));
		problem.setTitle(text("error." + status.value() + ".title"));
		return problem;
	}

	private String text(String code, Object... arguments) {
		return messages.getMessage(code, arguments, code, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	private static String firstLine(String message) {
		int newline = message.indexOf('\n');
		return newline < 0 ? message : message.substring(0, newline);
	}
}
