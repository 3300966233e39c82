package vn.ocop.registry;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import vn.ocop.shared.BusinessRuleException;

/**
 * The dossier document types of each regulation, from {@code registry/document-types.json}.
 */
@Component
class DocumentTypes {

	record File(String note, Map<String, List<DocumentType>> regulations) {
	}

	private final Map<String, List<DocumentType>> byRegulation;

	DocumentTypes() throws IOException {
		try (InputStream in = new ClassPathResource("registry/document-types.json").getInputStream()) {
			this.byRegulation = Map.copyOf(JsonMapper.builder().build().readValue(in, File.class).regulations());
		}
	}

	List<DocumentType> of(String regulationCode) {
		var types = byRegulation.get(regulationCode);
		if (types == null) {
			throw BusinessRuleException.unprocessable("criteria.regulation.unknown", regulationCode);
		}
		return types;
	}

	Set<String> requiredCodes(String regulationCode) {
		var codes = new LinkedHashSet<String>();
		of(regulationCode).stream().filter(DocumentType::required).forEach(t -> codes.add(t.code()));
		return codes;
	}

	boolean accepts(String regulationCode, String typeCode) {
		return of(regulationCode).stream().anyMatch(t -> t.code().equals(typeCode));
	}
}
