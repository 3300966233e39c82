package vn.ocop.inspection.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import vn.ocop.inspection.ComplaintManagement;
import vn.ocop.inspection.InspectionSettings;
import vn.ocop.inspection.NewComplaint;
import vn.ocop.inspection.TooManyComplaints;
import vn.ocop.shared.web.PublicPaths;

/**
 * The public complaint form reached from a certified product's verification page: anyone, no sign-in (the form
 * carries the CSRF token of an anonymous session), one optional photo, limited per client address and hour. The form
 * is bound and checked; a refused one is shown again with its errors beside their fields.
 */
@Controller
class ComplaintWebController {

	private final ComplaintManagement complaints;
	private final InspectionSettings settings;
	private final InspectionScreens screens;

	ComplaintWebController(ComplaintManagement complaints, InspectionSettings settings, InspectionScreens screens) {
		this.complaints = complaints;
		this.settings = settings;
		this.screens = screens;
	}

	/** The complaint's photo is the form's {@code photo}. */
	private static final Map<String, String> PHOTO_FIELD = Map.of("monitoring.photo.empty", "photo",
			"monitoring.photo.tooLarge", "photo", "monitoring.photo.type", "photo", "monitoring.complaint.tooShort",
			"description");

	@GetMapping("/complaints/new")
	String form(@RequestParam(required = false) @Nullable String code, Model model, HttpServletResponse response) {
		var product = code == null || code.isBlank() ? null : complaints.product(code).orElse(null);
		if (product == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
		}
		model.addAttribute("complaintForm", ComplaintForm.about(code));
		prepare(model, code, product);
		return "monitoring/complaints/new";
	}

	/**
	 * Records the complaint, or shows the form again with its errors beside their fields: 422, 404 for an unknown
	 * certificate, 429 past the hourly limit.
	 */
	@PostMapping("/complaints")
	String submit(@Valid @ModelAttribute("complaintForm") ComplaintForm form, BindingResult binding,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		String code = form.getCode();
		var product = code.isBlank() ? null : complaints.product(code).orElse(null);
		prepare(model, code, product);
		try {
			boolean sent = screens.submit(binding, new RedirectAttributesModelMap(), "", () -> {
				try {
					var photo = form.getPhoto();
					byte[] bytes = photo == null || photo.isEmpty() ? null : photo.getBytes();
					return complaints.submit(new NewComplaint(code, form.getDescription(), form.getReporterName(),
							form.getReporterContact(), bytes, request.getRemoteAddr()));
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}, PHOTO_FIELD);
			model.addAttribute("sent", sent);
			if (!sent && product == null) {
				// refused (422) by screens.submit; an unknown certificate is a page not found
				response.setStatus(HttpStatus.NOT_FOUND.value());
			}
		}
		catch (TooManyComplaints e) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("error", screens.text("monitoring.complaint.tooMany", e.limitPerHour()));
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

	@Configuration(proxyBeanMethods = false)
	static class Public {

		@Bean
		PublicPaths publicComplaintPages() {
			return PublicPaths.of("/complaints/new", "/complaints");
		}
	}
}
