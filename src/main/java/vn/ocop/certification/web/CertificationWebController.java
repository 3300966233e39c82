package vn.ocop.certification.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import jakarta.validation.Valid;
import vn.ocop.certification.CertificateFilter;
import vn.ocop.certification.CertificateStatus;
import vn.ocop.certification.CertificateView;
import vn.ocop.certification.CertificateDocuments;
import vn.ocop.certification.CertificateIssuing;
import vn.ocop.certification.CertificateQueries;
import vn.ocop.certification.DecisionRegister;
import vn.ocop.certification.DowngradeAndRevocation;
import vn.ocop.certification.Refusal;
import vn.ocop.certification.SignerCapacity;
import vn.ocop.shared.web.FormFields;
import vn.ocop.shared.web.NavigationItem;

/**
 * The certification screens: for officers the products awaiting their certificate (ticked in bulk under one
 * recognition decision), the certificates of their area with "expiring soon", one certificate with its downloads,
 * downgrade and revocation forms and history; for producers their own certificates and notices.
 */
@Controller
class CertificationWebController {

	static final int EXPIRING_SOON_DAYS = 90;

	/** The fields a decision's rules are about. */
	private static final Map<String, String> DECISION_FIELDS = Map.ofEntries(
			Map.entry("certification.decision.numberRequired", "decisionNumber"),
			Map.entry("certification.decision.numberTaken", "decisionNumber"),
			Map.entry("certification.decision.dateRequired", "decisionDate"),
			Map.entry("certification.decision.future", "decisionDate"),
			Map.entry("certification.decision.beforeIssue", "decisionDate"),
			Map.entry("certification.decision.reasonRequired", "reason"),
			Map.entry("certification.revoke.groundRequired", "groundCode"),
			Map.entry("certification.revoke.groundUnknown", "groundCode"),
			Map.entry("certification.revoke.legalBasisRequired", "legalBasis"),
			Map.entry("certification.revoke.groundsAfterDecision", "groundsEstablishedOn"),
			Map.entry("certification.level.notYours", "level"),
			Map.entry("certification.stars.notCertifiable", "stars"));

	private final CertificateQueries certification;
	private final CertificateIssuing issuing;
	private final DowngradeAndRevocation decisions;
	private final CertificateDocuments documents;
	private final DecisionRegister register;
	private final FormFields pages;
	private final Clock clock;

	CertificationWebController(CertificateQueries certification, CertificateIssuing issuing,
			DowngradeAndRevocation decisions, CertificateDocuments documents, DecisionRegister register,
			MessageSource messages, Clock clock) {
		this.certification = certification;
		this.issuing = issuing;
		this.decisions = decisions;
		this.documents = documents;
		this.register = register;
		this.pages = new FormFields(messages, "certification");
		this.clock = clock;
	}

	@ModelAttribute("today")
	LocalDate today() {
		return LocalDate.now(clock);
	}

	@GetMapping("/certification")
	String index(@RequestParam(required = false) @Nullable CertificateStatus status,
			@RequestParam(required = false) @Nullable Integer expiringWithinDays,
			@RequestParam(required = false) @Nullable String q,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Authentication authentication,
			Model model) {
		if (isOnlyProducer(authentication)) {
			return "redirect:/certification/mine";
		}
		model.addAttribute("certificates", certification.certificates(new CertificateFilter(status, expiringWithinDays, q)));
		model.addAttribute("status", status);
		model.addAttribute("expiringWithinDays", expiringWithinDays);
		model.addAttribute("q", q);
		model.addAttribute("statuses", CertificateStatus.values());
		model.addAttribute("expiringSoonDays", EXPIRING_SOON_DAYS);
		model.addAttribute("mayDecide", certification.mayDecide());
		if (htmx != null) {
			return "certification/index :: list";
		}
		model.addAttribute("levels", certification.levels());
		model.addAttribute("capacities", SignerCapacity.values());
		model.addAttribute("revocationRules", decisions.revocationRules(today()));
		model.addAttribute("awaiting", certification.awaitingCertificate());
		model.addAttribute("awaitingCentral", certification.awaitingCentralDecision());
		model.addAttribute("awaitingCentralResult", certification.awaitingCentralResult());
		model.addAttribute("expiringSoon", certification.certificates(new CertificateFilter(null, EXPIRING_SOON_DAYS, null)).size());
		model.addAttribute("notifications", certification.notifications(10));
		if (!model.containsAttribute("issueForm")) {
			model.addAttribute("issueForm", new DecisionForm());
		}
		if (!model.containsAttribute("revokeForm")) {
			model.addAttribute("revokeForm", new DecisionForm());
		}
		return "certification/index";
	}

	@PostMapping("/certification/issue")
	String issue(@Valid @ModelAttribute("issueForm") DecisionForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, Authentication authentication) {
		List<CertificateView> issued = new ArrayList<>();
		if (!attempt(binding, () -> issued.addAll(issuing.issueAll(form.getProductIds(), form.toDecision())), model)) {
			return index(null, null, null, null, authentication, model);
		}
		flash(redirect, "certification.flash.issued", issued.size(), form.getDecisionNumber());
		return "redirect:/certification";
	}

	@PostMapping("/certification/revocations")
	String revokeAll(@Valid @ModelAttribute("revokeForm") DecisionForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, Authentication authentication) {
		List<Object> revoked = new ArrayList<>();
		if (!attempt(binding, () -> revoked.addAll(decisions.revokeAll(form.getCodes(), form.toDecision())), model)) {
			return index(null, null, null, null, authentication, model);
		}
		flash(redirect, "certification.flash.revokedMany", revoked.size(), form.getDecisionNumber());
		return "redirect:/certification";
	}

	@GetMapping("/certification/mine")
	String mine(Model model) {
		model.addAttribute("certificates", certification.mine());
		model.addAttribute("notifications", certification.notifications(50));
		return "certification/mine";
	}

	@GetMapping("/certification/{code}")
	String certificate(@PathVariable String code, Model model) {
		CertificateView certificate = certification.certificate(code);
		model.addAttribute("certificate", certificate);
		model.addAttribute("history", certification.history(code));
		model.addAttribute("mayDecide", decisions.mayDecideOn(code));
		model.addAttribute("levels", certification.levels());
		model.addAttribute("capacities", SignerCapacity.values());
		model.addAttribute("revocationRules", decisions.revocationRules(today()));
		if (!model.containsAttribute("downgradeForm")) {
			model.addAttribute("downgradeForm", new DecisionForm());
		}
		if (!model.containsAttribute("revokeForm")) {
			model.addAttribute("revokeForm", new DecisionForm());
		}
		return "certification/certificate";
	}

	@PostMapping("/certification/{code}/downgrade")
	String downgrade(@PathVariable String code, @Valid @ModelAttribute("downgradeForm") DecisionForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		CertificateView[] changed = new CertificateView[1];
		if (!attempt(binding, () -> changed[0] = decisions.downgrade(code, form.getStars() == null ? 0 : form.getStars(),
				form.toDecision()), model)) {
			return certificate(code, model);
		}
		flash(redirect, "certification.flash.downgraded", changed[0].stars());
		return "redirect:/certification/" + path(code);
	}

	@PostMapping("/certification/{code}/revoke")
	String revoke(@PathVariable String code, @Valid @ModelAttribute("revokeForm") DecisionForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (!attempt(binding, () -> decisions.revoke(code, form.toDecision()), model)) {
			return certificate(code, model);
		}
		flash(redirect, "certification.flash.revoked", code);
		return "redirect:/certification/" + path(code);
	}

	@GetMapping("/certification/decisions/{id}/pdf")
	ResponseEntity<byte[]> decisionPdf(@PathVariable java.util.UUID id) {
		return DecisionApiController.pdf(id, register.decisionPdf(id));
	}

	@GetMapping("/certification/{code}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String code) {
		return CertificateApiController.CertificationDownloads.pdf(code, documents.pdf(code));
	}

	@GetMapping("/certification/{code}/label.png")
	ResponseEntity<byte[]> labelPng(@PathVariable String code) {
		return CertificateApiController.CertificationDownloads.png(code, documents.labelPng(code));
	}

	@GetMapping("/certification/{code}/label.svg")
	ResponseEntity<String> labelSvg(@PathVariable String code) {
		return CertificateApiController.CertificationDownloads.svg(code, documents.labelSvg(code));
	}

	private void flash(RedirectAttributes redirect, String code, Object... arguments) {
		redirect.addFlashAttribute("certFlash", pages.text(code, arguments));
	}

	/**
	 * Runs a decision of a bound form through {@link FormFields#run(BindingResult, Supplier, Map)}: on a refusal the
	 * form shows the rule beside its field and the products or certificates a bulk decision refused are listed on
	 * the page. The outcome is worded with what the decision did ({@code certFlash}), by the caller.
	 */
	@SuppressWarnings("unchecked")
	private boolean attempt(BindingResult binding, Supplier<?> change, Model model) {
		var outcome = pages.run(binding, change, DECISION_FIELDS);
		if (outcome.property("refused") instanceof List<?> refusals) {
			model.addAttribute("refused", (List<Refusal>) refusals);
		}
		return !outcome.refused();
	}

	private static boolean isOnlyProducer(Authentication authentication) {
		var roles = authentication.getAuthorities().stream().map(a -> a.getAuthority()).toList();
		return roles.contains("ROLE_PRODUCER") && roles.stream().filter(r -> r.startsWith("ROLE_")).count() == 1;
	}

	private static String path(String code) {
		return UriUtils.encodePathSegment(code, java.nio.charset.StandardCharsets.UTF_8);
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem certificationNav() {
			return NavigationItem.of("nav.certification", "/certification", 40, "PROVINCE_ADMIN", "DISTRICT_OFFICER",
					"COMMUNE_OFFICER", "INSPECTOR", "PRODUCER");
		}
	}
}
