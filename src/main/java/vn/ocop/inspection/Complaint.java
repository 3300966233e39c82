package vn.ocop.inspection;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.ocop.shared.Texts;

/**
 * A problem about a certified product reported by anyone from its public page (phản ánh của người tiêu dùng),
 * with an optional photo; handled by the office: an inspection opened from it, or dismissed with a note.
 */
@Entity
@Table(name = "monitoring_complaint")
class Complaint {

	@Id
	private UUID id;

	@Column(name = "certificate_code", nullable = false, length = 40)
	private String certificateCode;

	@Column(name = "product_name", nullable = false, length = 300)
	private String productName;

	@Column(name = "producer_name", nullable = false, length = 300)
	private String producerName;

	@Column(nullable = false, length = 2000)
	private String description;

	@Column(name = "reporter_name", length = 200)
	private @Nullable String reporterName;

	@Column(name = "reporter_contact", length = 200)
	private @Nullable String reporterContact;

	@Column(name = "photo_key", length = 300)
	private @Nullable String photoKey;

	@Column(name = "photo_type", length = 64)
	private @Nullable String photoType;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 24)
	private ComplaintStatus status;

	@Column(name = "inspection_id")
	private @Nullable UUID inspectionId;

	@Column(name = "handled_by", length = 64)
	private @Nullable String handledBy;

	@Column(name = "handled_at")
	private @Nullable Instant handledAt;

	@Column(length = 1000)
	private @Nullable String note;

	@Column(name = "received_at", nullable = false)
	private Instant receivedAt;

	protected Complaint() {
	}

	Complaint(String certificateCode, String productName, String producerName, String description,
			@Nullable String reporterName, @Nullable String reporterContact, @Nullable String photoKey,
			@Nullable String photoType, Instant now) {
		this.id = UUID.randomUUID();
		this.certificateCode = certificateCode;
		this.productName = productName;
		this.producerName = producerName;
		this.description = description.strip();
		this.reporterName = Texts.blankToNull(reporterName);
		this.reporterContact = Texts.blankToNull(reporterContact);
		this.photoKey = photoKey;
		this.photoType = photoType;
		this.status = ComplaintStatus.NEW;
		this.receivedAt = now;
	}

	void inspectionOpened(UUID inspection, Instant now, String actor) {
		if (status != ComplaintStatus.NEW) {
			throw new IllegalStateException("Complaint already handled");
		}
		this.status = ComplaintStatus.INSPECTION_OPENED;
		this.inspectionId = inspection;
		this.handledAt = now;
		this.handledBy = actor;
	}

	void dismiss(String reason, Instant now, String actor) {
		if (status != ComplaintStatus.NEW) {
			throw new IllegalStateException("Complaint already handled");
		}
		this.status = ComplaintStatus.DISMISSED;
		this.note = reason.strip();
		this.handledAt = now;
		this.handledBy = actor;
	}

	ComplaintView toView() {
		return new ComplaintView(id, certificateCode, productName, producerName, description, reporterName,
				reporterContact, photoKey != null, status, inspectionId, handledBy, handledAt, note, receivedAt);
	}


	UUID getId() {
		return id;
	}

	String getCertificateCode() {
		return certificateCode;
	}

	@Nullable
	String getPhotoKey() {
		return photoKey;
	}

	@Nullable
	String getPhotoType() {
		return photoType;
	}

	ComplaintStatus getStatus() {
		return status;
	}
}
