package vn.ocop.inspection.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ocop.inspection.CheckResult;
import vn.ocop.inspection.CheckView;
import vn.ocop.inspection.ChecklistItem;
import vn.ocop.inspection.ComplaintManagement;
import vn.ocop.inspection.ComplaintStatus;
import vn.ocop.inspection.InspectionManagement;
import vn.ocop.inspection.InspectionPlanning;
import vn.ocop.inspection.SanctionDecisions;
import vn.ocop.inspection.InspectionStatus;
import vn.ocop.inspection.InspectionView;
import vn.ocop.inspection.InspectionExports;
import vn.ocop.inspection.NewFinding;
import vn.ocop.inspection.NewInspection;
import vn.ocop.inspection.NewPlan;
import vn.ocop.inspection.NewPlanItem;
import vn.ocop.inspection.Sanction;
import vn.ocop.inspection.SanctionDecision;
import vn.ocop.registry.ProductFilter;
import vn.ocop.registry.ProductStatus;
import vn.ocop.registry.ProductSummary;
import vn.ocop.registry.RegistryManagement;
import vn.ocop.shared.web.NavigationItem;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;

/**
 * The complaints queue of the provincial office and the inspectors ({@code /monitoring/complaints}): the public's
 * complaints about certified products, their photos, an inspection opened from one or its dismissal with the reason.
 */
@Controller
class ComplaintQueueWebController {

	private final ComplaintManagement complaints;
	private final InspectionManagement inspections;
	private final InspectionExports exports;
	private final MessageSource messages;
	private final Clock clock;

	ComplaintQueueWebController(ComplaintManagement complaints, InspectionManagement inspections,
			InspectionExports exports, MessageSource messages, Clock clock) {
		this.complaints = complaints;
		this.inspections = inspections;
		this.exports = exports;
		this.messages = messages;
		this.clock = clock;
	}

	@org.springframework.web.bind.annotation.ModelAttribute("zone")
	java.time.ZoneId zone() {
		return clock.getZone();
	}

	@GetMapping("/monitoring/complaints")
	String complaints(@RequestParam(required = false) @Nullable ComplaintStatus status, Model model) {
		model.addAttribute("complaints", complaints.queue(status));
		model.addAttribute("status", status);
		model.addAttribute("statuses", ComplaintStatus.values());
		model.addAttribute("office", isOffice());
		if (isOffice()) {
			model.addAttribute("inspectors", inspections.inspectorAccounts());
		}
		model.addAttribute("today", LocalDate.now(clock));
		return "monitoring/complaints/queue";
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
	String inspectComplaint(@PathVariable UUID id,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate scheduledOn,
			@RequestParam(required = false) @Nullable String inspector,
			@RequestParam(required = false) @Nullable String agencies, RedirectAttributes redirect) {
		try {
			if (scheduledOn == null) {
				throw BusinessRuleException.unprocessable("monitoring.field.required", "scheduledOn");
			}
			var inspection = complaints.openInspection(id, scheduledOn, inspector == null ? "" : inspector, agencies);
			return "redirect:/monitoring/inspections/" + inspection.id();
		}
		catch (BusinessRuleException | NotFoundException e) {
			failed(redirect, e);
			return "redirect:/monitoring/complaints";
		}
	}

	@PostMapping("/monitoring/complaints/{id}/dismissal")
	String dismiss(@PathVariable UUID id, @RequestParam(required = false) @Nullable String note,
			RedirectAttributes redirect) {
		try {
			complaints.dismiss(id, note);
			flash(redirect, "monitoring.flash.complaintDismissed");
		}
		catch (BusinessRuleException e) {
			failed(redirect, e);
		}
		return "redirect:/monitoring/complaints";
	}

	private static boolean isOffice() {
		return InspectionPages.isOffice();
	}

	private void flash(RedirectAttributes redirect, String code, Object... arguments) {
		InspectionPages.flash(redirect, messages, code, arguments);
	}

	private void failed(RedirectAttributes redirect, RuntimeException e) {
		InspectionPages.failed(redirect, messages, e);
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
