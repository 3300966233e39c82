package vn.ocop.inspection.web;

import java.io.IOException;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.ocop.inspection.ComplaintManagement;
import vn.ocop.inspection.InspectionSettings;
import vn.ocop.inspection.NewComplaint;
import vn.ocop.inspection.TooManyComplaints;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;
import vn.ocop.shared.web.PublicPaths;

/**
 * The public complaint form reached from a certified product's verification page: anyone, no sign-in (the form
 * carries the CSRF token of an anonymous session), one optional photo, limited per client address and hour.
 */
@Controller
class ComplaintWebController {

	private final ComplaintManagement complaints;
	private final InspectionSettings settings;
	private final MessageSource messages;

	ComplaintWebController(ComplaintManagement complaints, InspectionSettings settings, MessageSource messages) {
		this.complaints = complaints;
		this.settings = settings;
		this.messages = messages;
	}

	@GetMapping("/complaints/new")
	String form(@RequestParam(required = false) @Nullable String code, Model model, HttpServletResponse response) {
		var product = code == null || code.isBlank() ? null : complaints.product(code).orElse(null);
		if (product == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
		}
		prepare(model, code, product);
		return "monitoring/complaints/new";
	}

	@PostMapping("/complaints")
	String submit(@RequestParam(required = false) @Nullable String code,
			@RequestParam(required = false) @Nullable String description,
			@RequestParam(required = false) @Nullable String reporterName,
			@RequestParam(required = false) @Nullable String reporterContact,
			@RequestParam(name = "photo", required = false) @Nullable MultipartFile photo, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException {
		var product = code == null || code.isBlank() ? null : complaints.product(code).orElse(null);
		prepare(model, code, product);
		model.addAttribute("description", description);
		model.addAttribute("reporterName", reporterName);
		model.addAttribute("reporterContact", reporterContact);
		try {
			byte[] bytes = photo == null || photo.isEmpty() ? null : photo.getBytes();
			complaints.submit(new NewComplaint(code == null ? "" : code, description == null ? "" : description,
					reporterName, reporterContact, bytes, request.getRemoteAddr()));
			model.addAttribute("sent", true);
		}
		catch (TooManyComplaints e) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("error", text("monitoring.complaint.tooMany", e.limitPerHour()));
		}
		catch (BusinessRuleException e) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("error", InspectionPages.message(messages, e));
		}
		catch (NotFoundException e) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("error", InspectionPages.message(messages, e));
		}
		return "monitoring/complaints/new";
	}

	private void prepare(Model model, @Nullable String code, @Nullable Object product) {
		model.addAttribute("code", code == null ? "" : code);
		model.addAttribute("product", product);
		model.addAttribute("sent", false);
		long max = settings.complaintPhotoMaxBytes() == null ? 5 : settings.complaintPhotoMaxBytes() / (1024 * 1024);
		model.addAttribute("maxMb", max);
	}

	private String text(String code, Object... arguments) {
		return messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale());
	}

	@Configuration(proxyBeanMethods = false)
	static class Public {

		@Bean
		PublicPaths publicComplaintPages() {
			return PublicPaths.of("/complaints/new", "/complaints");
		}
	}
}
