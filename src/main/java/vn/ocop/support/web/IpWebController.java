package vn.ocop.support.web;

import java.time.Clock;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ocop.registry.ProductFilter;
import vn.ocop.registry.RegistryManagement;
import vn.ocop.support.IpDetails;
import vn.ocop.support.IpManagement;
import vn.ocop.support.IpType;

/**
 * IP and brand registrations: the back-office list and its steps, the council's evidence fragment beside a
 * scorecard, and the public fragments of the product and producer pages (granted titles in force only).
 */
@Controller
class IpWebController {

	private final IpManagement ip;
	private final RegistryManagement registry;
	private final SupportForms forms;
	private final Clock clock;

	IpWebController(IpManagement ip, RegistryManagement registry, SupportForms forms, Clock clock) {
		this.ip = ip;
		this.registry = registry;
		this.forms = forms;
		this.clock = clock;
	}

	@GetMapping("/support/ip")
	String list(@RequestParam(required = false) @Nullable UUID productId, Model model) {
		model.addAttribute("registrations", productId == null ? ip.all() : ip.ofProduct(productId));
		model.addAttribute("products", registry.allProducts(ProductFilter.none(), 1000));
		model.addAttribute("productId", productId);
		model.addAttribute("types", IpType.values());
		model.addAttribute("today", java.time.LocalDate.now(clock));
		return "support/ip";
	}

	@PostMapping("/support/ip")
	String record(@RequestParam(required = false) @Nullable String productId,
			@RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String markName,
			@RequestParam(required = false) @Nullable String applicant,
			@RequestParam(required = false) @Nullable String applicationNumber,
			@RequestParam(required = false) @Nullable String filingDate,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		forms.attempt(redirect, "support.flash.ipSaved", () -> ip.record(new IpDetails(forms.id(productId, "product"),
				forms.choice(IpType.class, type, "type"), forms.required(markName, "markName"),
				forms.required(applicant, "applicant"), applicationNumber, forms.date(filingDate, "filingDate"), note)));
		return "redirect:/support/ip";
	}

	@PostMapping("/support/ip/{id}/{step}")
	String step(@PathVariable UUID id, @PathVariable String step,
			@RequestParam(required = false) @Nullable String number,
			@RequestParam(required = false) @Nullable String date,
			@RequestParam(required = false) @Nullable String expiresOn,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		forms.attempt(redirect, "support.flash.ipSaved", () -> switch (step) {
			case "filing" -> ip.file(id, forms.required(number, "applicationNumber"),
					java.util.Objects.requireNonNull(forms.date(forms.required(date, "filingDate"), "filingDate")));
			case "acceptance" -> ip.accept(id);
			case "grant" -> ip.grant(id, forms.required(number, "certificateNumber"),
					java.util.Objects.requireNonNull(forms.date(forms.required(date, "grantedOn"), "grantedOn")),
					forms.date(expiresOn, "expiresOn"));
			case "refusal" -> ip.refuse(id, reason);
			case "withdrawal" -> ip.withdraw(id);
			default -> throw new vn.ocop.shared.NotFoundException("support.ip.notFound", id);
		});
		return "redirect:/support/ip";
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
		model.addAttribute("registrations", ip.grantedOfProduct(productId));
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
