package vn.ocop.content.web;

import java.io.IOException;
import java.time.Clock;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import vn.ocop.content.ArticleKind;
import vn.ocop.content.ArticleStatus;
import vn.ocop.content.ArticleView;
import vn.ocop.content.ContentManagement;
import vn.ocop.certification.CertificateInForce;
import vn.ocop.certification.CertificateVerification;
import vn.ocop.registry.ProductLifecycle;
import vn.ocop.shared.BusinessRuleException;

/**
 * The editorial desk: the list of articles, the editor (a small self-hosted rich-text editor over a plain textarea,
 * {@code /js/content-editor.js}), sending to review, and the office's approval (now or at a chosen time), return
 * with a note, and withdrawal.
 */
@Controller
class ArticleWebController {

	private final ContentManagement content;
	private final MessageSource messages;
	private final Clock clock;
	private final CertificateVerification certificates;
	private final ProductLifecycle products;

	ArticleWebController(ContentManagement content, MessageSource messages, Clock clock,
			CertificateVerification certificates, ProductLifecycle products) {
		this.content = content;
		this.messages = messages;
		this.clock = clock;
		this.certificates = certificates;
		this.products = products;
	}

	/** A product an article may be about: one with a certificate in force, by name. */
	record ProductChoice(UUID id, String label) {
	}

	/** The editing page, with the certified products to pick the article's product from. */
	private String editPage(Model model) {
		var ids = certificates.inForce().stream().map(CertificateInForce::productId).distinct().toList();
		model.addAttribute("products", products.summaries(ids).values().stream()
				.map(p -> new ProductChoice(p.id(), p.name() + " — " + p.producerName()))
				.sorted(Comparator.comparing(ProductChoice::label)).toList());
		model.addAttribute("images", content.uploadedImages());
		return "content/edit";
	}

	@InitBinder("articleForm")
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@ModelAttribute("kinds")
	ArticleKind[] kinds() {
		return ArticleKind.values();
	}

	/** The moment of the request, to tell a scheduled article (published, visible later) from a visible one. */
	@ModelAttribute("now")
	java.time.Instant now() {
		return clock.instant();
	}

	/** Every time a person sees is in the configured zone. */
	@ModelAttribute("zone")
	java.time.ZoneId zone() {
		return clock.getZone();
	}

	@GetMapping("/content")
	String desk(Model model) {
		model.addAttribute("articles", content.desk());
		model.addAttribute("mayApprove", content.mayApprove());
		return "content/desk";
	}

	@GetMapping("/content/new")
	String newArticle(Model model) {
		content.desk();
		model.addAttribute("articleForm", new ArticleForm());
		return editPage(model);
	}

	@PostMapping("/content/new")
	String create(@Valid @ModelAttribute("articleForm") ArticleForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return editPage(model);
		}
		try {
			ArticleView saved = content.write(form.toDraft());
			redirect.addFlashAttribute("flash", "content.flash.saved");
			return "redirect:/content/" + saved.id();
		}
		catch (BusinessRuleException e) {
			errors.rejectValue(field(e), e.messageCode(), e.arguments(), e.messageCode());
			return editPage(model);
		}
	}

	@GetMapping("/content/{id}")
	String edit(@PathVariable UUID id, Model model) {
		ArticleView article = content.article(id);
		model.addAttribute("article", article);
		model.addAttribute("mayApprove", content.mayApprove());
		if (!model.containsAttribute("articleForm")) {
			model.addAttribute("articleForm", ArticleForm.of(article));
		}
		model.addAttribute("approval", new ArticleForm.Approval());
		return editPage(model);
	}

	@PostMapping("/content/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("articleForm") ArticleForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		ArticleView article = content.article(id);
		if (!errors.hasErrors()) {
			try {
				content.rewrite(id, form.toDraft());
				redirect.addFlashAttribute("flash", "content.flash.saved");
				return "redirect:/content/" + id;
			}
			catch (BusinessRuleException e) {
				errors.rejectValue(field(e), e.messageCode(), e.arguments(), e.messageCode());
			}
		}
		model.addAttribute("article", article);
		model.addAttribute("mayApprove", content.mayApprove());
		model.addAttribute("approval", new ArticleForm.Approval());
		return editPage(model);
	}

	@PostMapping("/content/{id}/submit")
	String submit(@PathVariable UUID id, RedirectAttributes redirect) {
		return step(id, redirect, "content.flash.submitted", () -> content.submit(id));
	}

	@PostMapping("/content/{id}/approve")
	String approve(@PathVariable UUID id, @ModelAttribute ArticleForm.Approval approval, RedirectAttributes redirect) {
		return step(id, redirect, "content.flash.approved", () -> content.approve(id,
				approval.getPublishAt() == null ? null : approval.getPublishAt().atZone(clock.getZone()).toInstant()));
	}

	@PostMapping("/content/{id}/return")
	String returnToDraft(@PathVariable UUID id, @ModelAttribute ArticleForm.Approval approval, RedirectAttributes redirect) {
		String note = approval.getNote() == null ? "" : approval.getNote();
		return step(id, redirect, "content.flash.returned", () -> content.returnToDraft(id, note));
	}

	@PostMapping("/content/{id}/withdraw")
	String withdraw(@PathVariable UUID id, RedirectAttributes redirect) {
		return step(id, redirect, "content.flash.withdrawn", () -> content.withdraw(id));
	}

	/** Image upload from the editor: answers the public URL as JSON, or a problem with a readable message. */
	@PostMapping("/content/images")
	@ResponseBody
	ResponseEntity<Map<String, String>> image(@RequestParam("file") MultipartFile file, Locale locale) throws IOException {
		try {
			return ResponseEntity.ok(Map.of("url", content.uploadImage(file.getBytes())));
		}
		catch (BusinessRuleException e) {
			return ResponseEntity.unprocessableEntity().body(Map.of("error",
					messages.getMessage(e.messageCode(), e.arguments(), e.messageCode(), locale)));
		}
	}

	private static String field(BusinessRuleException e) {
		return e.messageCode().startsWith("content.coverImage") ? "coverImage" : "body";
	}

	private String step(UUID id, RedirectAttributes redirect, String flash, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", flash);
		}
		catch (BusinessRuleException e) {
			redirect.addFlashAttribute("contentError", e.messageCode());
		}
		return "redirect:/content/" + id;
	}

	static boolean isDraft(ArticleView article) {
		return article.status() == ArticleStatus.DRAFT;
	}
}
