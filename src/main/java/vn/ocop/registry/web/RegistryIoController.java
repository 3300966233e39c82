package vn.ocop.registry.web;

import java.io.IOException;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.ocop.registry.RegistryExport;
import vn.ocop.registry.RegistryImport;
import vn.ocop.registry.RegistryImportPreview;
import vn.ocop.registry.RegistryImportRefused;
import vn.ocop.registry.RegistryImportResult;
import vn.ocop.shared.web.NavigationItem;

/**
 * Import screens (upload, preview listing every bad row, confirmation, result) and the Excel downloads of the
 * product and producer lists, with the list pages' filters.
 */
@Controller
class RegistryIoController {

	private static final String UPLOAD = "registry/io/upload";
	private static final String PREVIEW = "registry/io/preview";
	private static final String DONE = "registry/io/done";

	private final RegistryImport imports;
	private final RegistryExport exports;

	RegistryIoController(RegistryImport imports, RegistryExport exports) {
		this.imports = imports;
		this.exports = exports;
	}

	/** The import's entry in the back-office menu. */
	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem importNav() {
			return NavigationItem.of("nav.import", "/registry/import", 23, "PROVINCE_ADMIN", "DISTRICT_OFFICER",
					"COMMUNE_OFFICER");
		}
	}

	@InitBinder("search")
	void initSearch(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	// ------------------------------------------------------------------ import

	@GetMapping("/registry/import")
	@PreAuthorize("hasAnyRole('PROVINCE_ADMIN','DISTRICT_OFFICER','COMMUNE_OFFICER')")
	String upload(Model model) {
		limits(model);
		return UPLOAD;
	}

	@PostMapping("/registry/import")
	@PreAuthorize("hasAnyRole('PROVINCE_ADMIN','DISTRICT_OFFICER','COMMUNE_OFFICER')")
	String preview(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
			HttpServletResponse response) throws IOException {
		RegistryImportPreview preview = file == null
				? imports.preview(null, new byte[0])
				: imports.preview(file.getOriginalFilename(), file.getBytes());
		if (!preview.errors().isEmpty()) {
			response.setStatus(422);
		}
		model.addAttribute("preview", preview);
		return PREVIEW;
	}

	@PostMapping("/registry/import/{token}/confirm")
	@PreAuthorize("hasAnyRole('PROVINCE_ADMIN','DISTRICT_OFFICER','COMMUNE_OFFICER')")
	String confirm(@PathVariable String token, Model model, RedirectAttributes redirect, HttpServletResponse response)
			throws IOException {
		try {
			RegistryImportResult result = imports.confirm(token);
			redirect.addFlashAttribute("result", result);
			return "redirect:/registry/import/done";
		}
		catch (RegistryImportRefused e) {
			response.setStatus(422);
			model.addAttribute("preview", new RegistryImportPreview(token, imports.fileName(token), 0, 0, 0, 0,
					e.errors(), java.util.List.of()));
			model.addAttribute("refused", true);
			return PREVIEW;
		}
	}

	@GetMapping("/registry/import/done")
	@PreAuthorize("hasAnyRole('PROVINCE_ADMIN','DISTRICT_OFFICER','COMMUNE_OFFICER')")
	String done(Model model) {
		if (!model.containsAttribute("result")) {
			return "redirect:/registry/import";
		}
		return DONE;
	}

	@GetMapping("/registry/import/template.xlsx")
	void template(HttpServletResponse response) throws IOException {
		RegistryIoApiController.attachment(response, "mau-nhap-chu-the-san-pham.xlsx");
		imports.writeTemplate(response.getOutputStream());
	}

	// ------------------------------------------------------------------ export

	@GetMapping("/registry/products/export.xlsx")
	void exportProducts(@ModelAttribute("search") ProductSearch search, BindingResult ignored,
			HttpServletResponse response) throws IOException {
		// a filter value that does not convert is dropped, as on the list page
		try (var workbook = exports.products(search.toFilter())) {
			RegistryIoApiController.attachment(response, "san-pham-ocop.xlsx");
			workbook.writeTo(response.getOutputStream());
		}
	}

	@GetMapping("/registry/producers/export.xlsx")
	void exportProducers(@ModelAttribute("search") ProducerSearch search, BindingResult ignored,
			HttpServletResponse response) throws IOException {
		try (var workbook = exports.producers(search.toFilter())) {
			RegistryIoApiController.attachment(response, "chu-the-ocop.xlsx");
			workbook.writeTo(response.getOutputStream());
		}
	}

	private static void limits(Model model) {
		model.addAttribute("maxMegabytes", RegistryImport.MAX_BYTES / (1024 * 1024));
		model.addAttribute("maxRows", RegistryImport.MAX_ROWS);
	}
}
