package vn.ocop.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.Texts;
import vn.ocop.geography.UnitAt;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Embedded;

/**
 * A producer's request to change what a certificate recognised of its product (yêu cầu thay đổi thông tin đã được
 * công nhận): sent with a reason, decided once by the provincial office — approved (the product takes the new
 * details) or rejected with the office's reason. Keeps the details before and after for the record.
 */
@Entity
@Table(name = "registry_certified_change")
class CertifiedChangeRequest {

	@Id
	private UUID id;

	@Column(name = "product_id", nullable = false)
	private UUID productId;

	@Column(name = "producer_id", nullable = false)
	private UUID producerId;

	@Embedded
	@AttributeOverride(name = "code", column = @Column(name = "commune_code", nullable = false, length = 16))
	@AttributeOverride(name = "date", column = @Column(name = "unit_date", nullable = false))
	private UnitAt unitAt;

	@Column(name = "current_name", nullable = false, length = 300)
	private String currentName;

	@Column(nullable = false, length = 300)
	private String name;

	@Column(name = "current_set_code", nullable = false, length = 32)
	private String currentSetCode;

	@Column(name = "product_set_code", nullable = false, length = 32)
	private String productSetCode;

	@Column(length = 1000)
	private @Nullable String packaging;

	@Column(length = 20000)
	private @Nullable String story;

	@Column(nullable = false, length = 2000)
	private String reason;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private CertifiedChangeStatus status;

	@Column(name = "requested_at", nullable = false)
	private Instant requestedAt;

	@Column(name = "requested_by", nullable = false, length = 64)
	private String requestedBy;

	@Column(name = "decided_at")
	private @Nullable Instant decidedAt;

	@Column(name = "decided_by", length = 64)
	private @Nullable String decidedBy;

	@Column(name = "decision_note", length = 2000)
	private @Nullable String decisionNote;

	@Version
	private long version;

	protected CertifiedChangeRequest() {
	}

	/** A request for a certified product; it must change at least one of the recognised details. */
	CertifiedChangeRequest(Product product, CertifiedChange change, Instant now, String actor) {
		if (product.getStatus() != ProductStatus.CERTIFIED) {
			throw BusinessRuleException.conflict("registry.certifiedChange.notCertified", product.getStatus());
		}
		// packaging and story left out (null) stay as they are; a blank one asks to clear it
		String packaging = change.packaging() == null ? product.getPackaging() : change.packaging();
		String story = change.story() == null ? product.getStory() : change.story();
		var details = new ProductDetails(change.name(), change.productSetCode(), product.getCommuneCode(),
				RegistrationType.EXISTING_PRODUCT, null, null, packaging, null, null, null, null, story);
		if (!product.changesCertified(details)) {
			throw BusinessRuleException.unprocessable("registry.certifiedChange.nothingChanged");
		}
		this.id = UUID.randomUUID();
		this.productId = product.getId();
		this.producerId = product.getProducerId();
		this.unitAt = product.getUnitAt();
		this.currentName = product.getName();
		this.name = change.name().strip();
		this.currentSetCode = product.getProductSetCode();
		this.productSetCode = change.productSetCode().strip();
		this.packaging = Texts.blankToNull(packaging);
		this.story = Texts.blankToNull(story);
		this.reason = change.reason().strip();
		this.status = CertifiedChangeStatus.PENDING;
		this.requestedAt = now;
		this.requestedBy = actor;
	}

	/** The office approves: the product takes the new details. */
	void approve(Product product, @Nullable String note, Instant now, String actor) {
		requirePending();
		product.amendCertified(this, now, actor);
		decide(CertifiedChangeStatus.APPROVED, note, now, actor);
	}

	/** The office refuses, and says why. */
	void reject(String note, Instant now, String actor) {
		requirePending();
		if (note == null || note.isBlank()) {
			throw BusinessRuleException.unprocessable("registry.certifiedChange.reasonRequired");
		}
		decide(CertifiedChangeStatus.REJECTED, note, now, actor);
	}

	private void decide(CertifiedChangeStatus outcome, @Nullable String note, Instant now, String actor) {
		this.status = outcome;
		this.decisionNote = Texts.blankToNull(note);
		this.decidedAt = now;
		this.decidedBy = actor;
	}

	private void requirePending() {
		if (status != CertifiedChangeStatus.PENDING) {
			throw BusinessRuleException.conflict("registry.certifiedChange.decided", status);
		}
	}


	CertifiedChangeView toView() {
		return new CertifiedChangeView(id, productId, currentName, name, currentSetCode, productSetCode, packaging, story,
				reason, status, requestedAt, requestedBy, decidedAt, decidedBy, decisionNote);
	}

	UUID getId() {
		return id;
	}

	UUID getProductId() {
		return productId;
	}

	UUID getProducerId() {
		return producerId;
	}

	String getName() {
		return name;
	}

	String getProductSetCode() {
		return productSetCode;
	}

	@Nullable
	String getPackaging() {
		return packaging;
	}

	@Nullable
	String getStory() {
		return story;
	}

	CertifiedChangeStatus getStatus() {
		return status;
	}
}
