package vn.ocop.registry;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.ocop.shared.BusinessRuleException;

/**
 * The files of a product's dossier (hồ sơ): one current file per document type, the files it replaced kept as
 * superseded. A view over the product's list of documents, which the product guards (it decides when the dossier
 * may change).
 */
final class DossierFiles {

	private final List<DossierDocument> documents;

	DossierFiles(List<DossierDocument> documents) {
		this.documents = documents;
	}

	/** Adds a file; the current file of the same type, if any, is superseded but kept. */
	void add(DossierDocument document, Instant now) {
		documents.stream().filter(d -> d.isCurrent() && d.getTypeCode().equals(document.getTypeCode()))
				.forEach(d -> d.supersede(now));
		documents.add(document);
	}

	/** The required document types that have no current file, in the given order. */
	List<String> missing(Set<String> requiredDocumentTypes) {
		return requiredDocumentTypes.stream()
				.filter(type -> documents.stream().noneMatch(d -> d.isCurrent() && d.getTypeCode().equals(type)))
				.toList();
	}

	/** Refuses a filing while a required document type has no current file (422 listing them). */
	void requireComplete(Set<String> requiredDocumentTypes, ProductStatus status) {
		List<String> missing = missing(requiredDocumentTypes);
		if (!missing.isEmpty()) {
			throw incomplete(missing, status);
		}
	}

	List<DossierDocument> current() {
		return documents.stream().filter(DossierDocument::isCurrent).toList();
	}

	List<DossierDocument> all() {
		return List.copyOf(documents);
	}

	static BusinessRuleException incomplete(List<String> missing, ProductStatus status) {
		return new BusinessRuleException(BusinessRuleException.Kind.UNPROCESSABLE,
				Map.of("missingDocuments", missing, "currentStatus", status.name()), "registry.product.dossierIncomplete",
				String.join(", ", missing));
	}
}
