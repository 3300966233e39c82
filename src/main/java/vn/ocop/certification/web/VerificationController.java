package vn.ocop.certification.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.ocop.certification.CertificateStatus;
import vn.ocop.certification.CertificateVerification;
import vn.ocop.certification.Verification;

/**
 * The public verification page a label's QR code leads to, with no sign-in: 200 for a certificate that is VALID,
 * EXPIRED or DOWNGRADED, 410 Gone for a REVOKED one (as GS1 resolvers answer for withdrawn links), 404 for an
 * unknown code without saying anything more. The same URL answers JSON to {@code Accept: application/json}.
 * {@code /01/{gtin}} (GS1 Digital Link style) redirects to the latest certificate of the product with that GTIN.
 * Never cached by browsers or proxies: a revocation shows on the next scan. The rendered page of each certificate
 * state (revision, status of the day, language) is kept in memory, since the page holds nothing of the visitor.
 */
@Controller
class VerificationController {

	static final String PAGE = "certification/verify";
	private static final CacheControl NO_CACHE = CacheControl.noCache();

	private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

	private final CertificateVerification verification;
	private final MessageSource messages;
	private final ITemplateEngine templates;
	private final ApplicationContext context;
	private final VerificationPages pages = new VerificationPages();

	VerificationController(CertificateVerification verification, MessageSource messages, ITemplateEngine templates,
			ApplicationContext context) {
		this.verification = verification;
		this.messages = messages;
		this.templates = templates;
		this.context = context;
	}

	/** The JSON answer, for apps and marketplaces. */
	record Answer(String code, CertificateStatus status, int stars, int issuedStars, String productName,
			String producerName, String commune, java.time.LocalDate validFrom, java.time.LocalDate validUntil,
			String decisionNumber, java.time.LocalDate decisionDate, String authority,
			vn.ocop.certification.@Nullable DecisionView downgrade, vn.ocop.certification.@Nullable DecisionView revocation,
			@Nullable String replacedBy) {

		static Answer of(Verification v) {
			return new Answer(v.code(), v.status(), v.stars(), v.issuedStars(), v.productName(), v.producerName(),
					v.communeName(), v.validFrom(), v.validUntil(), v.decision().number(), v.decision().date(),
					v.decision().authority(), v.downgrade(), v.revocation(), v.replacedBy());
		}
	}

	/** The context path, for the plain links of the public page. */
	@ModelAttribute("base")
	String base(HttpServletRequest request) {
		return request.getContextPath();
	}

	@GetMapping("/verify")
	String lookup(@RequestParam(required = false) @Nullable String code, Model model) {
		if (code == null || code.isBlank()) {
			model.addAttribute("verification", null);
			model.addAttribute("asked", false);
			return PAGE;
		}
		return "redirect:/verify/" + UriUtils.encodePathSegment(code.strip(), StandardCharsets.UTF_8);
	}

	@GetMapping("/verify/{code}")
	ResponseEntity<String> page(@PathVariable String code, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		var found = verification.verify(code);
		if (found.isEmpty()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML).cacheControl(NO_CACHE)
					.body(render(null, locale, request, response));
		}
		Verification v = found.get();
		String html = pages.page(v, locale, request.getContextPath(),
				() -> render(v, locale, request, response));
		return ResponseEntity.status(v.status() == CertificateStatus.REVOKED ? HttpStatus.GONE : HttpStatus.OK)
				.contentType(HTML).cacheControl(NO_CACHE).body(html);
	}

	private String render(@Nullable Verification v, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("verification", v);
		variables.put("asked", true);
		variables.put("base", request.getContextPath());
		// the beans the page uses (@stars), as a view rendered by Spring MVC has them; one evaluation context per
		// render: Thymeleaf sets each render's expression objects (#locale...) on it, so a shared one let two
		// renders at once see each other's (a rare "#locale is null" under load)
		variables.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(context, null));
		var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
				.buildExchange(request, response);
		return templates.process(PAGE, new WebContext(exchange, locale, variables));
	}

	@GetMapping(value = "/verify/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Object> json(@PathVariable String code, Locale locale) {
		var found = verification.verify(code);
		if (found.isEmpty()) {
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("type", "https://ocop.vn/problems/not-found");
			problem.put("title", messages.getMessage("error.404.title", null, "Not found", locale));
			problem.put("status", 404);
			problem.put("detail", messages.getMessage("certification.verify.unknown", null, "Unknown code", locale));
			return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
					.cacheControl(NO_CACHE).body(problem);
		}
		HttpStatus status = found.get().status() == CertificateStatus.REVOKED ? HttpStatus.GONE : HttpStatus.OK;
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).cacheControl(NO_CACHE)
				.body(Answer.of(found.get()));
	}

	@GetMapping("/verify/{code}/photo")
	ResponseEntity<byte[]> photo(@PathVariable String code) {
		return verification.photo(code)
				.map(bytes -> ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG)
						.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic()).body(bytes))
				.orElseGet(() -> ResponseEntity.notFound().build());
	}

	/** GS1 Digital Link style: {@code /01/{gtin}}, with or without further key qualifiers, as resolvers do. */
	@GetMapping({ "/01/{gtin}", "/01/{gtin}/**" })
	ModelAndView gtin(@PathVariable String gtin, HttpServletRequest request, HttpServletResponse response) {
		var code = verification.latestCodeForGtin(gtin);
		response.setHeader("Cache-Control", NO_CACHE.getHeaderValue());
		if (code.isEmpty()) {
			var page = new ModelAndView(PAGE);
			page.addObject("base", request.getContextPath());
			page.setStatus(HttpStatus.NOT_FOUND);
			page.addObject("asked", true);
			page.addObject("verification", null);
			return page;
		}
		var redirect = new RedirectView("/verify/" + UriUtils.encodePathSegment(code.get(), StandardCharsets.UTF_8), true);
		redirect.setStatusCode(HttpStatus.TEMPORARY_REDIRECT);
		redirect.setExposeModelAttributes(false);
		return new ModelAndView(redirect);
	}
}
