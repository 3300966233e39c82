package vn.ocop.registry.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import vn.ocop.registry.DocumentInfo;
import vn.ocop.registry.RegistryManagement;
import vn.ocop.shared.BusinessRuleException;

/**
 * A product's page: its timeline, dossier checklist and files, changes of certified details, and the actions of its
 * lifecycle — select or reject the idea, file, return (as incomplete) or withdraw the dossier. Each form is bound
 * and checked; a refused one shows the page again with its errors beside the field (the product's own rules beside
 * the field they are about).
 */
@Controller
class ProductPageController {

	/** The fields the product's own rules are about. */
	private static final Map<String, String> RULE_FIELDS = Map.of("registry.product.reasonRequired", "reason",
			"registry.document.unknownType", "type", "registry.document.empty", "file", "registry.document.tooLarge",
			"file", "registry.document.badContent", "file");

	private final RegistryManagement registry;
	private final ProductPage page;
	private final RegistryWebSupport support;

	ProductPageController(RegistryManagement registry, ProductPage page, RegistryWebSupport support) {
		this.registry = registry;
		this.page = page;
		this.support = support;
	}

	@GetMapping("/registry/products/{id}")
	String show(@PathVariable UUID id, Model model) {
		return page.render(id, model, null);
	}

	@PostMapping("/registry/products/{id}/selection")
	String decide(@PathVariable UUID id, @Valid @ModelAttribute("selectionForm") SelectionForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (support.attempt(binding, redirect,
				form.selects() ? "registry.page.selection.selected" : "registry.page.selection.rejected",
				() -> registry.decideSelection(id, form.selects(), form.getReason()), RULE_FIELDS)) {
			return "redirect:/registry/products/" + id;
		}
		return page.render(id, model, null);
	}

	@PostMapping("/registry/products/{id}/submission")
	String submit(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			registry.submit(id);
			redirect.addFlashAttribute("flash", "registry.page.product.submitted");
		}
		catch (BusinessRuleException e) {
			List<String> missing = RegistryWebSupport.missingDocuments(e);
			if (missing.isEmpty()) {
				redirect.addFlashAttribute("actionError", support.message(e));
			}
			else {
				redirect.addFlashAttribute("actionError", support.text("registry.page.product.submitRefused"));
				redirect.addFlashAttribute("missingDocuments", support.documentNames(missing));
			}
		}
		return "redirect:/registry/products/" + id;
	}

	@PostMapping("/registry/products/{id}/return")
	String returnDossier(@PathVariable UUID id, @Valid @ModelAttribute("returnForm") ReasonForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (support.attempt(binding, redirect, "registry.page.return.done",
				() -> registry.returnDossier(id, form.getReason()), RULE_FIELDS)) {
			return "redirect:/registry/products/" + id;
		}
		return page.render(id, model, null);
	}

	@PostMapping("/registry/products/{id}/withdrawal")
	String withdraw(@PathVariable UUID id, @Valid @ModelAttribute("withdrawForm") ReasonForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (support.attempt(binding, redirect, "registry.page.product.withdrawn",
				() -> registry.withdraw(id, form.reasonOrNull()), RULE_FIELDS)) {
			return "redirect:/registry/products/" + id;
		}
		return page.render(id, model, null);
	}

	@PostMapping(path = "/registry/products/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String upload(@PathVariable UUID id, @Valid @ModelAttribute("documentForm") DocumentForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		var file = form.getFile();
		DocumentInfo[] uploaded = new DocumentInfo[1];
		if (support.attempt(binding, () -> {
			try (InputStream content = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
				return uploaded[0] = registry.upload(id, form.getType(), file == null ? null : file.getOriginalFilename(),
						content);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}, RULE_FIELDS)) {
			redirect.addFlashAttribute("uploadSuccess", support.text("registry.page.dossier.uploaded",
					uploaded[0].fileName(), support.text("registry.doc." + uploaded[0].typeCode())));
			return "redirect:/registry/products/" + id + "#dossier";
		}
		return page.render(id, model, null);
	}

	@GetMapping("/registry/products/{id}/documents/{documentId}")
	ResponseEntity<InputStreamResource> download(@PathVariable UUID id, @PathVariable UUID documentId) throws IOException {
		var file = registry.document(id, documentId);
		return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
				.header("X-Content-Type-Options", "nosniff")
				.contentType(MediaType.parseMediaType(file.contentType()))
				.body(new InputStreamResource(file.content()));
	}
}
