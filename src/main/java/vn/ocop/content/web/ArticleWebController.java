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
import vn.ocop.shared.web.FormFields;

/**
 * The editorial desk: the list of articles, the editor (a small self-hosted rich-text editor over a plain textarea,
 * {@code /js/content-editor.js}), sending to review, and the office's approval (now or at a chosen time), return
 * with a note, and withdrawal. Each form is bound and checked; a refused one is shown again with every error beside
 * its field (the article's own rules beside the field they are about).
 */
@Controller
class ArticleWebController {

	/** The fields the articles' own rules are about. */
	private static final Map<String, String> RULE_FIELDS = Map.of("content.coverImage.unsafe", "coverImage",
			"content.article.bodyEmpty", "body", "content.article.noteRequired", "note");

	private final ContentManagement content;
	private final FormFields forms;
	private final MessageSource messages;
	private final Clock clock;
	private final CertificateVerification certificates;
	private final ProductLifecycle products;

	ArticleWebController(ContentManagement content, MessageSource messages, Clock clock,
			CertificateVerification certificates, ProductLifecycle products) {
		this.content = content;
		this.forms = new FormFields(messages, "content");
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
		ArticleView[] saved = new ArticleView[1];
		if (forms.attempt(errors, redirect, "content.flash.saved", () -> saved[0] = content.write(form.toDraft()),
				RULE_FIELDS)) {
			return "redirect:/content/" + saved[0].id();
		}
		return editPage(model);
	}

	@GetMapping("/content/{id}")
	String edit(@PathVariable UUID id, Model model) {
		ArticleView article = content.article(id);
		if (!model.containsAttribute("articleForm")) {
			model.addAttribute("articleForm", ArticleForm.of(article));
		}
		return articlePage(article, model);
	}

	@PostMapping("/content/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("articleForm") ArticleForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		ArticleView article = content.article(id);
		if (forms.attempt(errors, redirect, "content.flash.saved", () -> content.rewrite(id, form.toDraft()),
				RULE_FIELDS)) {
			return "redirect:/content/" + id;
		}
		return articlePage(article, model);
	}

	/** Sends a draft to review (a button: nothing to fill in, a refusal is flashed). */
	@PostMapping("/content/{id}/submit")
	String submit(@PathVariable UUID id, RedirectAttributes redirect) {
		forms.attempt(redirect, "content.flash.submitted", () -> content.submit(id));
		return "redirect:/content/" + id;
	}

	@PostMapping("/content/{id}/approve")
	String approve(@PathVariable UUID id, @Valid @ModelAttribute("approvalForm") ArticleForm.Approval approval,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (forms.attempt(binding, redirect, "content.flash.approved", () -> content.approve(id,
				approval.getPublishAt() == null ? null : approval.getPublishAt().atZone(clock.getZone()).toInstant()),
				RULE_FIELDS)) {
			return "redirect:/content/" + id;
		}
		return edit(id, model);
	}

	@PostMapping("/content/{id}/return")
	String returnToDraft(@PathVariable UUID id, @Valid @ModelAttribute("returnForm") ArticleForm.Approval approval,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		String note = approval.getNote() == null ? "" : approval.getNote();
		if (forms.attempt(binding, redirect, "content.flash.returned", () -> content.returnToDraft(id, note),
				RULE_FIELDS)) {
			return "redirect:/content/" + id;
		}
		return edit(id, model);
	}

	/** Takes a published article off the portal (a button: nothing to fill in, a refusal is flashed). */
	@PostMapping("/content/{id}/withdraw")
	String withdraw(@PathVariable UUID id, RedirectAttributes redirect) {
		forms.attempt(redirect, "content.flash.withdrawn", () -> content.withdraw(id));
		return "redirect:/content/" + id;
	}

	/** An article's page: the editor, and the forms that move it along (each with its own errors). */
	private String articlePage(ArticleView article, Model model) {
		model.addAttribute("article", article);
		model.addAttribute("mayApprove", content.mayApprove());
		if (!model.containsAttribute("approvalForm")) {
			model.addAttribute("approvalForm", new ArticleForm.Approval());
		}
		if (!model.containsAttribute("returnForm")) {
			model.addAttribute("returnForm", new ArticleForm.Approval());
		}
		return editPage(model);
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

	static boolean isDraft(ArticleView article) {
		return article.status() == ArticleStatus.DRAFT;
	}
}
