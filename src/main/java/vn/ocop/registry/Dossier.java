package vn.ocop.registry;

import java.util.List;
import java.util.UUID;

/**
 * A product's dossier: the document types of its regulation, the current file of each, and what is missing.
 */
public record Dossier(UUID productId, String regulationCode, List<DocumentType> types, List<DocumentInfo> current,
		List<String> missing, boolean open) {

	public boolean complete() {
		return missing.isEmpty();
	}
}
