package vn.ocop.registry;

import vn.ocop.shared.document.CheckedUpload;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.criteria.RuleChoice;
import vn.ocop.identity.CurrentUser;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;
import vn.ocop.shared.storage.FileStorage;

/** A product's dossier: the documents its regulation asks for, the files added to it and served back. */
@Service
@Transactional
class DossierFiling {

	private final Products products;
	private final DocumentTypes documentTypes;
	private final RegistryScope scope;
	private final RegistryAccess access;
	private final DossierRules rules;
	private final FileStorage storage;
	private final RegistrySettings settings;
	private final Clock clock;

	DossierFiling(Products products, DocumentTypes documentTypes, RegistryScope scope, RegistryAccess access,
			DossierRules rules, FileStorage storage, RegistrySettings settings, Clock clock) {
		this.products = products;
		this.documentTypes = documentTypes;
		this.scope = scope;
		this.access = access;
		this.rules = rules;
		this.storage = storage;
		this.settings = settings;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<DocumentType> documentTypes(String regulationCode) {
		return documentTypes.of(regulationCode);
	}

	@Transactional(readOnly = true)
	Dossier dossier(UUID productId) {
		var product = scope.product(productId);
		access.requireSee(access.user(), product, scope.producer(product.getProducerId()));
		RuleChoice rule = rules.of(product);
		Set<String> required = rules.requiredDocuments(rule, rule.type());
		var types = documentTypes.of(rule.regulation().code()).stream()
				.map(t -> new DocumentType(t.code(), required.contains(t.code()))).toList();
		return new Dossier(productId, rule.regulation().code(), types,
				product.currentDocuments().stream().map(DossierDocument::toInfo).toList(),
				product.missingDocuments(required), ProductStatus.OPEN_FOR_CHANGES.contains(product.getStatus()));
	}

	DocumentInfo upload(UUID productId, String typeCode, String fileName, InputStream content) throws IOException {
		CurrentUser user = access.user();
		var product = scope.product(productId);
		access.requireChange(user, product, scope.producer(product.getProducerId()));
		String dossierRegulation = rules.of(product).regulation().code();
		if (typeCode == null || (!documentTypes.accepts(product.getRegulationCode(), typeCode)
				&& !documentTypes.accepts(dossierRegulation, typeCode))) {
			throw BusinessRuleException.unprocessable("registry.document.unknownType", typeCode, dossierRegulation);
		}
		var upload = CheckedUpload.read(fileName, content, settings.maxUpload(), "tai-lieu");
		String key = storage.store("dossier", upload.bytes());
		var document = new DossierDocument(productId, typeCode, upload.fileName(), upload.contentType(),
				upload.bytes().length, upload.sha256(), key, clock.instant(), user.username());
		product.addDocument(document, clock.instant());
		products.save(product);
		return document.toInfo();
	}

	@Transactional(readOnly = true)
	RegistryManagement.StoredFile document(UUID productId, UUID documentId) throws IOException {
		var product = scope.product(productId);
		access.requireSee(access.user(), product, scope.producer(product.getProducerId()));
		var document = product.allDocuments().stream().filter(d -> d.getId().equals(documentId)).findFirst()
				.orElseThrow(() -> new NotFoundException("registry.document.notFound", documentId));
		return new RegistryManagement.StoredFile(document.getFileName(), document.getContentType(),
				storage.open(document.getStorageKey()));
	}
}
