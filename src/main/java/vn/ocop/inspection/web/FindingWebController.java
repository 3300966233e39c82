package vn.ocop.inspection.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import vn.ocop.inspection.InspectionManagement;
import vn.ocop.inspection.SanctionDecisions;
import vn.ocop.shared.document.CheckedUpload;

/**
 * An inspection's findings: recorded with their photos by the inspector, and the office's decision on the sanction
 * each proposes. Each form is bound and checked (every error at once beside its field, the finding's and the
 * decision's own rules beside the field they are about).
 */
@Controller
class FindingWebController {

	private final InspectionManagement inspections;
	private final SanctionDecisions sanctions;
	private final InspectionScreens screens;

	FindingWebController(InspectionManagement inspections, SanctionDecisions sanctions, InspectionScreens screens) {
		this.inspections = inspections;
		this.sanctions = sanctions;
		this.screens = screens;
	}

	@PostMapping("/monitoring/inspections/{id}/findings")
	String finding(@PathVariable UUID id, @Valid @ModelAttribute("findingForm") FindingForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		if (screens.submit(binding, redirect, "monitoring.flash.findingRecorded", () -> {
			var finding = inspections.addFinding(id, form.finding());
			try {
				for (var photo : form.getPhotos()) {
					if (!photo.isEmpty()) {
						inspections.addPhoto(id, finding.id(), photo.getBytes());
					}
				}
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return finding;
		})) {
			return "redirect:/monitoring/inspections/" + id;
		}
		return screens.inspection(id, null, model);
	}

	@GetMapping("/monitoring/inspections/{id}/findings/{findingId}/photos/{index}")
	ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable UUID findingId, @PathVariable int index) {
		byte[] bytes = inspections.photo(id, findingId, index);
		return ResponseEntity.ok().cacheControl(CacheControl.noCache().cachePrivate())
				.contentType(MediaType.parseMediaType(CheckedUpload.detect(bytes))).body(bytes);
	}

	/** The office follows the proposed sanction or not; a refusal is shown on the finding's own forms. */
	@PostMapping("/monitoring/inspections/{id}/findings/{findingId}/decision")
	String decide(@PathVariable UUID id, @PathVariable UUID findingId,
			@Valid @ModelAttribute("decisionForm") SanctionDecisionForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		boolean follow = Boolean.TRUE.equals(form.getFollow());
		if (screens.submit(binding, redirect,
				follow ? "monitoring.flash.sanctionDecided" : "monitoring.flash.sanctionDismissed",
				() -> sanctions.decide(findingId, form.decision()))) {
			return "redirect:/monitoring/inspections/" + id;
		}
		return screens.inspection(id, findingId, model);
	}
}
