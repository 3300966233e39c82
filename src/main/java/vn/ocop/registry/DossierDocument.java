package vn.ocop.registry;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file of a product's dossier (hồ sơ). A new upload of the same type supersedes the previous one, which stays
 * on record.
 */
@Entity
@Table(name = "registry_dossier_document")
class DossierDocument {

	@Id
	private UUID id;

	@Column(name = "product_id", nullable = false)
	private UUID productId;

	@Column(name = "type_code", nullable = false, length = 64)
	private String typeCode;

	@Column(name = "file_name", nullable = false, length = 300)
	private String fileName;

	@Column(name = "content_type", nullable = false, length = 100)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(nullable = false, length = 64)
	private String sha256;

	@Column(name = "storage_key", nullable = false, length = 300)
	private String storageKey;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	@Column(name = "uploaded_by", nullable = false, length = 64)
	private String uploadedBy;

	@Column(name = "superseded_at")
	private @Nullable Instant supersededAt;

	protected DossierDocument() {
	}

	DossierDocument(UUID productId, String typeCode, String fileName, String contentType, long sizeBytes,
			String sha256, String storageKey, Instant uploadedAt, String uploadedBy) {
		this.id = UUID.randomUUID();
		this.productId = productId;
		this.typeCode = typeCode;
		this.fileName = fileName;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.storageKey = storageKey;
		this.uploadedAt = uploadedAt;
		this.uploadedBy = uploadedBy;
	}

	void supersede(Instant at) {
		if (supersededAt == null) {
			supersededAt = at;
		}
	}

	boolean isCurrent() {
		return supersededAt == null;
	}

	UUID getId() {
		return id;
	}

	String getTypeCode() {
		return typeCode;
	}

	String getStorageKey() {
		return storageKey;
	}

	String getContentType() {
		return contentType;
	}

	String getFileName() {
		return fileName;
	}

	DocumentInfo toInfo() {
		return new DocumentInfo(id, typeCode, fileName, contentType, sizeBytes, sha256, uploadedAt, uploadedBy,
				supersededAt);
	}
}
