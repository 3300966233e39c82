package vn.ocop.inspection.web;

import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import vn.ocop.inspection.ComplaintManagement;
import vn.ocop.inspection.ComplaintStatus;
import vn.ocop.inspection.InspectionExports;
import vn.ocop.inspection.InspectionManagement;
import vn.ocop.inspection.InspectionView;
import vn.ocop.shared.web.NavigationItem;

/**
 * The complaints queue of the provincial office and the inspectors ({@code /monitoring/complaints}): the public's
 * complaints about certified products, their photos, an inspection opened from one or its dismissal with the reason.
 * Each form is bound and checked; its errors are shown on the complaint's own row.
 */
@Controller
class ComplaintQueueWebController {

	private final ComplaintManagement complaints;
	private final InspectionManagement inspections;
	private final InspectionExports exports;
	private final InspectionScreens screens;

	ComplaintQueueWebController(ComplaintManagement complaints, InspectionManagement inspections,
			InspectionExports exports, InspectionScreens screens) {
		this.complaints = complaints;
		this.inspections = inspections;
		this.exports = exports;
		this.screens = screens;
	}

	@GetMapping("/monitoring/complaints")
	String complaints(@RequestParam(required = false) @Nullable ComplaintStatus status, Model model) {
		return queue(status, null, null, model);
	}

	@GetMapping("/monitoring/complaints/export.xlsx")
	ResponseEntity<byte[]> exportComplaints() {
		return InspectionPages.xlsx(exports.complaints(), "phan-anh.xlsx");
	}

	@GetMapping("/monitoring/complaints/{id}/photo")
	ResponseEntity<byte[]> complaintPhoto(@PathVariable UUID id) {
		var photo = complaints.photo(id);
		return ResponseEntity.ok().cacheControl(CacheControl.noCache().cachePrivate())
				.contentType(MediaType.parseMediaType(photo.contentType())).body(photo.content());
	}

	@PostMapping("/monitoring/complaints/{id}/inspection")
	String inspectComplaint(@PathVariable UUID id, @Valid @ModelAttribute("openForm") OpenForm form,
			BindingResult binding, Model model) {
		InspectionView[] opened = new InspectionView[1];
		if (screens.submit(binding, () -> opened[0] = complaints.openInspection(id,
				Objects.requireNonNull(form.getScheduledOn()), form.getInspector(), form.getAgencies()))) {
			return "redirect:/monitoring/inspections/" + opened[0].id();
		}
		return queue(null, id, "openForm", model);
	}

	@PostMapping("/monitoring/complaints/{id}/dismissal")
	String dismiss(@PathVariable UUID id, @Valid @ModelAttribute("dismissalForm") DismissalForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (screens.submit(binding, redirect, "monitoring.flash.complaintDismissed",
				() -> complaints.dismiss(id, form.getNote()))) {
			return "redirect:/monitoring/complaints";
		}
		return queue(null, id, "dismissalForm", model);
	}

	/** The queue; {@code failedFor}: the complaint whose form ({@code failedForm}) has errors, if any. */
	private String queue(@Nullable ComplaintStatus status, @Nullable UUID failedFor, @Nullable String failedForm,
			Model model) {
		model.addAttribute("complaints", complaints.queue(status));
		model.addAttribute("status", status);
		model.addAttribute("statuses", ComplaintStatus.values());
		boolean office = InspectionPages.isOffice();
		model.addAttribute("office", office);
		if (office) {
			model.addAttribute("inspectors", inspections.inspectorAccounts());
		}
		model.addAttribute("today", screens.today());
		model.addAttribute("failedFor", failedFor);
		model.addAttribute("failedForm", failedForm);
		if (!model.containsAttribute("openForm")) {
			model.addAttribute("openForm", new OpenForm());
		}
		if (!model.containsAttribute("dismissalForm")) {
			model.addAttribute("dismissalForm", new DismissalForm());
		}
		return "monitoring/complaints/queue";
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem monitoringComplaintsNav() {
			return NavigationItem.of("nav.monitoring.complaints", "/monitoring/complaints", 52, "PROVINCE_ADMIN",
					"INSPECTOR");
		}
	}
}
