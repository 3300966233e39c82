package vn.ocop.registry.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.ocop.registry.CertifiedChangeStatus;
import vn.ocop.registry.CertifiedChanges;
import vn.ocop.registry.DocumentInfo;
import vn.ocop.registry.Dossier;
import vn.ocop.registry.ProductStatus;
import vn.ocop.registry.ProductSummary;
import vn.ocop.registry.RegistryManagement;
import vn.ocop.registry.RegistrySettings;

/**
 * A product's page as its controllers show it: after a GET, and again with the errors of a refused form beside
 * their fields (the forms not posted shown empty).
 */
@Component
class ProductPage {

	static final String VIEW = "registry/product";

	private final RegistryManagement registry;
	private final CertifiedChanges certifiedChanges;
	private final RegistryWebSupport support;
	private final long maxUploadBytes;

	ProductPage(RegistryManagement registry, CertifiedChanges certifiedChanges, RegistryWebSupport support,
			RegistrySettings settings) {
		this.registry = registry;
		this.certifiedChanges = certifiedChanges;
		this.support = support;
		this.maxUploadBytes = settings.maxUpload();
	}

	/** The page of the product; {@code decidingId}: the change request whose decision was refused, if any. */
	String render(UUID id, Model model, @Nullable UUID decidingId) {
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
		model.addAttribute("unitName", support.unitName(product.unitAt()));
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
		boolean pending = changes.stream().anyMatch(c -> c.status() == CertifiedChangeStatus.PENDING);
		model.addAttribute("certifiedChanges", changes);
		model.addAttribute("canRequestChange", mayChange && status == ProductStatus.CERTIFIED && !pending);
		model.addAttribute("mayDecideChange", certifiedChanges.mayDecide());
		model.addAttribute("decidingId", decidingId);
		// no dead ends: say now if the dossier could not be scored for lack of a scorecard (issue 14)
		model.addAttribute("scorecardGap", registry.scorecardGap(id).orElse(null));
		if (status == ProductStatus.CERTIFIED) {
			model.addAttribute("changeSetGroups", support.productSetGroups(product.regulationCode()));
		}
		addIfAbsent(model, "selectionForm", new SelectionForm());
		addIfAbsent(model, "returnForm", new ReasonForm());
		addIfAbsent(model, "withdrawForm", new ReasonForm());
		addIfAbsent(model, "documentForm", new DocumentForm());
		addIfAbsent(model, "changeForm", CertifiedChangeForm.of(product));
		addIfAbsent(model, "decisionForm", new ChangeDecisionForm());
		return VIEW;
	}

	private static void addIfAbsent(Model model, String name, Object form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form);
		}
	}
}
