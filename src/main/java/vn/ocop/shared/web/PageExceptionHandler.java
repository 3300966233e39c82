package vn.ocop.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;

/**
 * Friendly error pages for the server-rendered screens.
 */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(NotFoundException e, Model model) {
		model.addAttribute("status", 404);
		return "error/404";
	}

	/**
	 * A record whose stored file is no longer in the storage (restored from an older backup, deleted by hand):
	 * the page says the file is missing rather than failing.
	 */
	@ExceptionHandler({ java.io.FileNotFoundException.class, java.nio.file.NoSuchFileException.class })
	String fileMissing(java.io.IOException e, Model model, jakarta.servlet.http.HttpServletResponse response) {
		org.slf4j.LoggerFactory.getLogger(PageExceptionHandler.class).warn("Stored file missing: {}", e.getMessage());
		response.setStatus(404);
		model.addAttribute("status", 404);
		model.addAttribute("messageCode", "error.file.missing");
		model.addAttribute("messageArguments", new Object[0]);
		return "error/rule";
	}

	@ExceptionHandler(BusinessRuleException.class)
	String businessRule(BusinessRuleException e, Model model, jakarta.servlet.http.HttpServletResponse response) {
		int status = e.kind() == BusinessRuleException.Kind.CONFLICT ? 409 : 422;
		response.setStatus(status);
		model.addAttribute("status", status);
		model.addAttribute("messageCode", e.messageCode());
		model.addAttribute("messageArguments", e.arguments());
		return "error/rule";
	}

	/** What the database refuses (a figure beyond its column, a text too long): rolled back, said on a page. */
	@ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
	String dataRefused(org.springframework.dao.DataIntegrityViolationException e, Model model,
			jakarta.servlet.http.HttpServletResponse response) {
		boolean duplicate = e instanceof org.springframework.dao.DuplicateKeyException;
		response.setStatus(duplicate ? 409 : 422);
		model.addAttribute("status", duplicate ? 409 : 422);
		model.addAttribute("messageCode", duplicate ? "error.data.duplicate" : "error.data.refused");
		model.addAttribute("messageArguments", new Object[0]);
		return "error/rule";
	}
}
