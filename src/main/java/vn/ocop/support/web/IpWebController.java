package vn.ocop.support.web;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
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
import vn.ocop.registry.ProductFilter;
import vn.ocop.registry.RegistryManagement;
import vn.ocop.shared.NotFoundException;
import vn.ocop.support.IpDetails;
import vn.ocop.support.IpManagement;
import vn.ocop.support.IpType;
import vn.ocop.support.PublicIpTitles;

/**
 * IP and brand registrations: the back-office list and its steps, the council's evidence fragment beside a
 * scorecard, and the public fragments of the product and producer pages (granted titles in force only). Each
 * form is bound and checked (every error at once beside its field; a step's on the registration's row).
 */
@Controller
class IpWebController {

	/** The fields the registration's own rules are about. */
	private static final Map<String, String> RECORD_RULE_FIELDS = Map.of("support.ip.filing.future", "filingDate",
			"support.date.future", "filingDate", "support.ip.filing.incomplete", "applicationNumber");

	private static final Map<String, String> STEP_RULE_FIELDS = Map.of("support.ip.filing.future", "date",
			"support.date.future", "date", "support.ip.grant.beforeFiling", "date", "support.ip.grant.expiry",
			"expiresOn", "support.ip.filing.incomplete", "number", "support.ip.grant.incomplete", "number");

	private final IpManagement ip;
	private final PublicIpTitles publicTitles;
	private final RegistryManagement registry;
	private final SupportPages pages;

	IpWebController(IpManagement ip, PublicIpTitles publicTitles, RegistryManagement registry, SupportPages pages) {
		this.ip = ip;
		this.publicTitles = publicTitles;
		this.registry = registry;
		this.pages = pages;
	}

	@GetMapping("/support/ip")
	String list(@RequestParam(required = false) @Nullable UUID productId, Model model) {
		var form = new IpForm();
		form.setProductId(productId);
		model.addAttribute("ipForm", form);
		return listPage(productId, model);
	}

	private String listPage(@Nullable UUID productId, Model model) {
		model.addAttribute("registrations", productId == null ? ip.all() : ip.ofProduct(productId));
		model.addAttribute("products", registry.allProducts(ProductFilter.none(), 1000));
		model.addAttribute("productId", productId);
		model.addAttribute("types", IpType.values());
		model.addAttribute("today", pages.today());
		if (!model.containsAttribute("ipForm")) {
			model.addAttribute("ipForm", new IpForm());
		}
		if (!model.containsAttribute("stepForm")) {
			model.addAttribute("stepForm", new IpStepForm());
		}
		return "support/ip";
	}

	/** Records a registration; a refusal shows the form again above the product's registrations. */
	@PostMapping("/support/ip")
	String record(@Valid @ModelAttribute("ipForm") IpForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (pages.attempt(binding, redirect, "support.flash.ipSaved",
				() -> ip.record(new IpDetails(Objects.requireNonNull(form.getProductId()),
						Objects.requireNonNull(form.getType()), form.getMarkName().strip(), form.getApplicant().strip(),
						form.getApplicationNumber(), form.getFilingDate(), form.getNote())),
				RECORD_RULE_FIELDS)) {
			return "redirect:/support/ip";
		}
		return listPage(form.getProductId(), model);
	}

	/**
	 * A step of a registration; a refusal is shown on the registration's row, among the product's registrations
	 * (which a producer may see, unlike the whole list).
	 */
	@PostMapping("/support/ip/{id}/{step}")
	String step(@PathVariable UUID id, @PathVariable String step, @Valid @ModelAttribute("stepForm") IpStepForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (step.equals("filing") || step.equals("grant")) {
			if (form.getNumber().isBlank()) {
				binding.rejectValue("number", "NotBlank");
			}
			if (form.getDate() == null && !binding.hasFieldErrors("date")) {
				binding.rejectValue("date", "NotNull");
			}
		}
		if (pages.attempt(binding, redirect, "support.flash.ipSaved", () -> switch (step) {
			case "filing" -> ip.file(id, form.getNumber().strip(), Objects.requireNonNull(form.getDate()));
			case "acceptance" -> ip.accept(id);
			case "grant" -> ip.grant(id, form.getNumber().strip(), Objects.requireNonNull(form.getDate()),
					form.getExpiresOn());
			case "refusal" -> ip.refuse(id, form.getReason());
			case "withdrawal" -> ip.withdraw(id);
			default -> throw new NotFoundException("support.ip.notFound", id);
		}, STEP_RULE_FIELDS)) {
			return "redirect:/support/ip";
		}
		model.addAttribute("stepFor", id);
		return listPage(ip.registration(id).productId(), model);
	}

	/** The registrations of a product beside a scorecard's IP criteria (officers, councils, the producer). */
	@GetMapping("/support/ip/products/{productId}/evidence")
	String evidence(@PathVariable UUID productId, Model model) {
		model.addAttribute("registrations", ip.ofProduct(productId));
		return "support/fragments :: evidence";
	}

	/** The granted titles in force of a product, for its public page. */
	@GetMapping("/public/support/ip/products/{productId}")
	String publicProduct(@PathVariable UUID productId, Model model) {
		model.addAttribute("registrations", publicTitles.ofProduct(productId));
		return "support/fragments :: publicAlone";
	}

	/** The granted titles in force of a producer's products, for its public page. */
	@GetMapping("/public/support/ip/producers/{producerId}")
	String publicProducer(@PathVariable UUID producerId, Model model) {
		model.addAttribute("registrations", ip.grantedOfProducer(producerId));
		model.addAttribute("withProduct", true);
		return "support/fragments :: publicAlone";
	}
}
