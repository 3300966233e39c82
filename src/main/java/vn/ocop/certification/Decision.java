package vn.ocop.certification;

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

/**
 * A decision of the issuing authority: a recognition (one decision recognises many products), a downgrade or a
 * revocation (one decision may revoke many certificates). Never changed once recorded.
 */
@Entity
@Table(name = "certification_decision")
class Decision {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private DecisionKind kind;

	@Column(name = "decision_number", nullable = false, length = 100)
	private String number;

	@Column(name = "decision_date", nullable = false)
	private LocalDate date;

	@Column(length = 200)
	private @Nullable String signer;

	@Column(nullable = false, length = 300)
	private String authority;

	@Column(length = 2000)
	private @Nullable String reason;

	@Column(name = "legal_basis", length = 2000)
	private @Nullable String legalBasis;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	@Column(name = "recorded_by", nullable = false, length = 64)
	private String recordedBy;

	protected Decision() {
	}

	Decision(DecisionKind kind, String number, LocalDate date, @Nullable String signer, String authority,
			@Nullable String reason, @Nullable String legalBasis, Instant now, String actor) {
		if (number.isBlank()) {
			throw new IllegalArgumentException("A decision needs its number");
		}
		this.id = UUID.randomUUID();
		this.kind = kind;
		this.number = number.strip();
		this.date = date;
		this.signer = blankToNull(signer);
		this.authority = authority.strip();
		this.reason = blankToNull(reason);
		this.legalBasis = blankToNull(legalBasis);
		this.recordedAt = now;
		this.recordedBy = actor;
	}

	/** Whether an existing record is the same decision entered again (same number and date). */
	boolean sameAs(LocalDate otherDate) {
		return date.equals(otherDate);
	}

	DecisionView toView() {
		return new DecisionView(kind, number, date, signer, authority, reason, legalBasis);
	}

	UUID getId() {
		return id;
	}

	DecisionKind getKind() {
		return kind;
	}

	String getNumber() {
		return number;
	}

	LocalDate getDate() {
		return date;
	}

	@Nullable
	String getReason() {
		return reason;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
