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
 * revocation (one decision may revoke many certificates). It carries the authority of the level that took it (the
 * People's Committee of a unit, or the Ministry), the signature block as it is printed, and for a revocation its
 * legal ground and the day it must reach the producer by. Never changed once recorded.
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

	/** The level whose authority decided; {@code null} on decisions recorded before levels were (the province). */
	@Enumerated(EnumType.STRING)
	@Column(name = "issuing_level", length = 16)
	private @Nullable IssuingLevel level;

	@Column(name = "unit_code", length = 16)
	private @Nullable String unitCode;

	@Column(name = "regulation_code", length = 32)
	private @Nullable String regulationCode;

	@Enumerated(EnumType.STRING)
	@Column(name = "signer_capacity", length = 16)
	private @Nullable SignerCapacity capacity;

	/** The lines above the signer's name, separated by new lines. */
	@Column(name = "signature_block", length = 300)
	private @Nullable String signatureBlock;

	@Column(name = "deciding_title", length = 300)
	private @Nullable String decidingTitle;

	@Column(length = 100)
	private @Nullable String place;

	@Column(name = "ground_code", length = 32)
	private @Nullable String groundCode;

	@Column(name = "ground_text", length = 500)
	private @Nullable String groundText;

	@Column(name = "grounds_established_on")
	private @Nullable LocalDate groundsEstablishedOn;

	@Column(name = "deliver_by")
	private @Nullable LocalDate deliverBy;

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

	/** Who signs, at which level, by which regulation's rules; set once, when the decision is recorded. */
	record Issuer(IssuingLevel level, @Nullable String unitCode, @Nullable String regulationCode,
			SignerCapacity capacity, java.util.List<String> signatureBlock, String decidingTitle, String place,
			String authority) {
	}

	/** The legal ground of a revocation and the day the decision must reach the producer by. */
	record Ground(String code, String text, @Nullable LocalDate establishedOn, @Nullable LocalDate deliverBy) {
	}

	Decision(DecisionKind kind, String number, LocalDate date, @Nullable String signer, String authority,
			@Nullable String reason, @Nullable String legalBasis, Issuer issuer, @Nullable Ground ground, Instant now,
			String actor) {
		this(kind, number, date, signer, authority, reason, legalBasis, now, actor);
		this.level = issuer.level();
		this.unitCode = issuer.unitCode();
		this.regulationCode = issuer.regulationCode();
		this.capacity = issuer.capacity();
		this.signatureBlock = String.join("\n", issuer.signatureBlock());
		this.decidingTitle = issuer.decidingTitle();
		this.place = issuer.place();
		if (ground != null) {
			this.groundCode = ground.code();
			this.groundText = ground.text();
			this.groundsEstablishedOn = ground.establishedOn();
			this.deliverBy = ground.deliverBy();
		}
	}

	/** Whether an existing record is the same decision entered again (same number and date). */
	boolean sameAs(LocalDate otherDate) {
		return date.equals(otherDate);
	}

	/** Whether an existing record was taken at the level (a decision recorded before levels were is the province's). */
	boolean takenAt(IssuingLevel other) {
		return getLevel() == other;
	}

	IssuingLevel getLevel() {
		return level == null ? IssuingLevel.PROVINCE : level;
	}

	DecisionView toView() {
		SignerCapacity signed = capacity == null ? SignerCapacity.HEAD : capacity;
		java.util.List<String> block = signatureBlock == null ? java.util.List.of(authority.toUpperCase(java.util.Locale.ROOT))
				: java.util.List.of(signatureBlock.split("\n"));
		String title = decidingTitle == null ? authority.toUpperCase(java.util.Locale.ROOT) : decidingTitle;
		return new DecisionView(kind, number, date, signer, authority, reason, legalBasis, id, getLevel(), unitCode,
				regulationCode, signed, block, title, place == null ? "" : place, groundCode, groundText,
				groundsEstablishedOn, deliverBy);
	}

	/** How the registry's timeline names the decision: its number and day. */
	String note() {
		return "QĐ " + number + " ngày " + date;
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
