package vn.ocop.registry.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

import vn.ocop.registry.DocumentInfo;
import vn.ocop.registry.Dossier;
import vn.ocop.registry.ProductStatus;
import vn.ocop.registry.ProductSummary;
import vn.ocop.registry.RegistryManagement;
import vn.ocop.registry.RegistrySettings;
import vn.ocop.shared.BusinessRuleException;

/**
 * A product's page: its timeline, dossier checklist and files, changes of certified details, and the actions of its
 * lifecycle — select or reject the idea, file, return (as incomplete) or withdraw the dossier.
 */
@Controller
class ProductPageController {

	private final RegistryManagement registry;
	private final vn.ocop.registry.CertifiedChanges certifiedChanges;
	private final RegistryWebSupport support;
	private final long maxUploadBytes;

	ProductPageController(RegistryManagement registry, vn.ocop.registry.CertifiedChanges certifiedChanges,
			RegistryWebSupport support, RegistrySettings settings) {
		this.registry = registry;
		this.certifiedChanges = certifiedChanges;
		this.support = support;
		this.maxUploadBytes = settings.maxUpload();
	}

	@GetMapping("/registry/products/{id}")
	String show(@PathVariable UUID id, Model model) {
		ProductSummary product = registry.product(id);
		Dossier dossier = registry.dossier(id);
		boolean mayChange = registry.mayChange(id);
		boolean maySelect = registry.maySelect(id);
		ProductStatus status = product.status();
		Map<String, DocumentInfo> current = dossier.current().stream()
				.collect(Collectors.toMap(DocumentInfo::typeCode, Function.identity(), (a, b) -> b, LinkedHashMap::new));
		model.addAttribute("product", product);
		model.addAttribute("timeline", registry.timeline(id));
		model.addAttribute("dossier", dossier);
		model.addAttribute("documents", current);
		model.addAttribute("missingNames", support.documentNames(dossier.missing()));
		model.addAttribute("unitName", support.unitName(product.communeCode(), product.unitDate()));
		model.addAttribute("productSetName", support.productSetName(product.productSetCode()));
		model.addAttribute("mayChange", mayChange);
		model.addAttribute("canDecide", maySelect && status == ProductStatus.IDEA_REGISTERED);
		model.addAttribute("canReturn", registry.mayReturn(id));
		model.addAttribute("lastReturn", registry.lastReturn(id).orElse(null));
		model.addAttribute("canSubmit", mayChange && status.canMoveTo(ProductStatus.SUBMITTED));
		model.addAttribute("canWithdraw", mayChange && status.canMoveTo(ProductStatus.WITHDRAWN));
		model.addAttribute("canEdit", mayChange && ProductWebController.EDITABLE.contains(status));
		model.addAttribute("canUpload", mayChange && dossier.open());
		model.addAttribute("maxUploadMb", Math.max(1, maxUploadBytes / (1024 * 1024)));
		// changes to what the certificate recognised go through the office (issue 15, finding 10)
		var changes = certifiedChanges.forProduct(id);
		boolean pending = changes.stream().anyMatch(c -> c.status() == vn.ocop.registry.CertifiedChangeStatus.PENDING);
		model.addAttribute("certifiedChanges", changes);
		model.addAttribute("canRequestChange", mayChange && status == ProductStatus.CERTIFIED && !pending);
		model.addAttribute("mayDecideChange", certifiedChanges.mayDecide());
		// no dead ends: say now if the dossier could not be scored for lack of a scorecard (issue 14)
		model.addAttribute("scorecardGap", registry.scorecardGap(id).orElse(null));
		if (status == ProductStatus.CERTIFIED) {
			model.addAttribute("changeSetGroups", support.productSetGroups(product.regulationCode()));
		}
		return "registry/product";
	}

	@PostMapping("/registry/products/{id}/selection")
	String decide(@PathVariable UUID id, @RequestParam(defaultValue = "") String decision,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		if (!decision.equals("select") && !decision.equals("reject")) {
			redirect.addFlashAttribute("actionError", support.text("registry.page.selection.unknownDecision"));
			return "redirect:/registry/products/" + id;
		}
		boolean selected = decision.equals("select");
		try {
			registry.decideSelection(id, selected, reason);
			redirect.addFlashAttribute("flash", selected ? "registry.page.selection.selected" : "registry.page.selection.rejected");
		}
		catch (BusinessRuleException e) {
			redirect.addFlashAttribute(selected ? "actionError" : "rejectError", support.message(e));
		}
		return "redirect:/registry/products/" + id;
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
	String returnDossier(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason,
			RedirectAttributes redirect) {
		try {
			registry.returnDossier(id, reason);
			redirect.addFlashAttribute("flash", "registry.page.return.done");
		}
		catch (BusinessRuleException e) {
			redirect.addFlashAttribute("returnError", support.message(e));
		}
		return "redirect:/registry/products/" + id;
	}

	@PostMapping("/registry/products/{id}/withdrawal")
	String withdraw(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason,
			RedirectAttributes redirect) {
		try {
			registry.withdraw(id, reason == null || reason.isBlank() ? null : reason.strip());
			redirect.addFlashAttribute("flash", "registry.page.product.withdrawn");
		}
		catch (BusinessRuleException e) {
			redirect.addFlashAttribute("actionError", support.message(e));
		}
		return "redirect:/registry/products/" + id;
	}

	@PostMapping(path = "/registry/products/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String upload(@PathVariable UUID id, @RequestParam(name = "type", required = false) @Nullable String type,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		try (InputStream content = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
			var document = registry.upload(id, type == null ? "" : type.strip(),
					file == null ? null : file.getOriginalFilename(), content);
			redirect.addFlashAttribute("uploadSuccess", support.text("registry.page.dossier.uploaded",
					document.fileName(), support.text("registry.doc." + document.typeCode())));
		}
		catch (BusinessRuleException e) {
			redirect.addFlashAttribute("uploadError", support.message(e));
			redirect.addFlashAttribute("uploadErrorType", type);
		}
		return "redirect:/registry/products/" + id + "#dossier";
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
