package vn.ocop.certification;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One step of a certificate's history. Never changed.
 */
@Entity
@Table(name = "certification_change")
class CertificateChange {

	enum Kind {
		ISSUED, DOWNGRADED, REMINDED, EXPIRED, SUPERSEDED, REVOKED,
		/** The recognised details changed with the office's approval (the note: old name → new name). */
		AMENDED
	}

	@Id
	private UUID id;

	@Column(name = "certificate_id", nullable = false)
	private UUID certificateId;

	@Column(nullable = false, length = 16)
	@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
	private Kind kind;

	@Column(name = "decision_id")
	private @Nullable UUID decisionId;

	@Column(name = "from_stars")
	private @Nullable Integer fromStars;

	@Column(name = "to_stars")
	private @Nullable Integer toStars;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	@Column(name = "changed_by", nullable = false, length = 64)
	private String changedBy;

	@Column(length = 2000)
	private @Nullable String note;

	protected CertificateChange() {
	}

	CertificateChange(UUID certificateId, Kind kind, @Nullable UUID decisionId, @Nullable Integer fromStars,
			@Nullable Integer toStars, Instant changedAt, String changedBy, @Nullable String note) {
		this.id = UUID.randomUUID();
		this.certificateId = certificateId;
		this.kind = kind;
		this.decisionId = decisionId;
		this.fromStars = fromStars;
		this.toStars = toStars;
		this.changedAt = changedAt;
		this.changedBy = changedBy;
		this.note = note;
	}

	CertificateChangeView toView(@Nullable DecisionView decision) {
		return new CertificateChangeView(kind.name(), changedAt, changedBy, fromStars, toStars, decision, note);
	}

	@Nullable
	UUID getDecisionId() {
		return decisionId;
	}

	Instant getChangedAt() {
		return changedAt;
	}

	Kind getKind() {
		return kind;
	}
}
