package vn.ocop.certification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.ocop.shared.AuditIgnored;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.Stars;
import vn.ocop.geography.UnitAt;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Embedded;

/**
 * An OCOP certificate (giấy chứng nhận sản phẩm OCOP): a product recognised at a star level by a decision, valid
 * from the decision's date for the months its regulation sets. It keeps what was certified (the names at the time
 * of the decision) and guards its own lifecycle: in force (VALID, DOWNGRADED) until it expires, is superseded by a
 * renewal or is revoked. Every change lands on its history and is published as a past-tense event.
 */
@Entity
@Table(name = "certification_certificate")
@vn.ocop.shared.cluster.ClusterBroadcast
class Certificate extends AbstractAggregateRoot<Certificate> {

	@Id
	private UUID id;

	@Column(nullable = false, length = 32, unique = true)
	private String code;

	@Column(name = "product_id", nullable = false)
	private UUID productId;

	@Column(name = "producer_id", nullable = false)
	private UUID producerId;

	@Column(name = "product_name", nullable = false, length = 300)
	private String productName;

	@Column(name = "producer_name", nullable = false, length = 300)
	private String producerName;

	/** The product's commune of origin as it was on the product's unit date. */
	@Embedded
	@AttributeOverride(name = "code", column = @Column(name = "commune_code", nullable = false, length = 16))
	@AttributeOverride(name = "date", column = @Column(name = "unit_date", nullable = false))
	private UnitAt unitAt;

	/** The product's GTIN as 14 digits, if it has one. */
	@Column(length = 14)
	private @Nullable String gtin;

	@Column(name = "regulation_code", nullable = false, length = 32)
	private String regulationCode;

	/** The council's mean score behind the recognition, if it scored in the system (the decision's annex). */
	@Column(precision = 5, scale = 2)
	private java.math.@Nullable BigDecimal score;

	@Column(name = "issued_stars", nullable = false)
	private int issuedStars;

	@Column(nullable = false)
	private int stars;

	@Column(name = "valid_from", nullable = false)
	private LocalDate validFrom;

	@Column(name = "valid_until", nullable = false)
	private LocalDate validUntil;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private CertificateStatus status;

	@Column(name = "decision_id", nullable = false)
	private UUID decisionId;

	@Column(name = "revocation_decision_id")
	private @Nullable UUID revocationDecisionId;

	@Column(name = "replaced_by", length = 32)
	private @Nullable String replacedBy;

	/** The smallest reminder threshold (days before the last day) already sent. */
	@Column(name = "last_reminder_days")
	private @Nullable Integer lastReminderDays;

	@Column(name = "photo_key", length = 200)
	private @Nullable String photoKey;

	@Column(name = "issued_at", nullable = false)
	private Instant issuedAt;

	@Column(name = "issued_by", nullable = false, length = 64)
	private String issuedBy;

	@Column(name = "status_changed_at", nullable = false)
	private Instant statusChangedAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	@JoinColumn(name = "certificate_id", insertable = false, updatable = false)
	@OrderBy("changedAt")
	private List<CertificateChange> history = new ArrayList<>();

	@AuditIgnored
	@Version
	private long version;

	protected Certificate() {
	}

	/**
	 * Issues a certificate for a product recognised by the decision. A decision whose validity has already run out
	 * (an old decision entered late) gives a certificate that is EXPIRED from the start.
	 */
	Certificate(String code, Subject subject, int stars, Decision decision, LocalDate validUntil,
			@Nullable String photoKey, LocalDate today, Instant now, String actor) {
		if (!Stars.isCertifiable(stars)) {
			throw BusinessRuleException.conflict("certification.stars.notCertifiable", stars);
		}
		if (decision.getKind() != DecisionKind.RECOGNITION) {
			throw new IllegalArgumentException("A certificate is issued by a recognition decision");
		}
		if (validUntil.isBefore(decision.getDate())) {
			throw new IllegalArgumentException("Validity ends before it starts");
		}
		this.id = UUID.randomUUID();
		this.code = code;
		this.productId = subject.productId();
		this.producerId = subject.producerId();
		this.productName = subject.productName();
		this.producerName = subject.producerName();
		this.unitAt = subject.unitAt();
		this.gtin = subject.gtin();
		this.regulationCode = subject.regulationCode();
		this.score = subject.score();
		this.issuedStars = stars;
		this.stars = stars;
		this.validFrom = decision.getDate();
		this.validUntil = validUntil;
		this.decisionId = decision.getId();
		this.photoKey = photoKey;
		this.issuedAt = now;
		this.issuedBy = actor;
		this.status = CertificateStatus.VALID;
		this.statusChangedAt = now;
		history.add(new CertificateChange(id, CertificateChange.Kind.ISSUED, decision.getId(), null, stars, now, actor, null));
		registerEvent(new CertificateIssued(code, productId, producerId, stars, validFrom, validUntil, decision.getNumber(),
				actor, decision.note()));
		if (validUntil.isBefore(today)) {
			expire(today, now, actor);
		}
	}

	/** What is certified: the product and its producer as they were at the decision. */
	record Subject(UUID productId, UUID producerId, String productName, String producerName, UnitAt unitAt,
			@Nullable String gtin, String regulationCode, java.math.@Nullable BigDecimal score) {
	}

	/** Lowers the stars by a decision; the certificate stays in force until its last day. */
	void downgrade(int newStars, Decision decision, Instant now, String actor) {
		requireInForce("downgrade");
		if (decision.getKind() != DecisionKind.DOWNGRADE) {
			throw new IllegalArgumentException("A downgrade needs a downgrade decision");
		}
		if (newStars >= stars || newStars < Stars.CERTIFIABLE) {
			throw new BusinessRuleException(BusinessRuleException.Kind.UNPROCESSABLE,
					Map.of("currentStars", stars, "minStars", Stars.CERTIFIABLE), "certification.downgrade.badStars",
					newStars, stars, Stars.CERTIFIABLE);
		}
		requireNotBeforeIssue(decision);
		int from = stars;
		stars = newStars;
		status = CertificateStatus.DOWNGRADED;
		statusChangedAt = now;
		history.add(new CertificateChange(id, CertificateChange.Kind.DOWNGRADED, decision.getId(), from, newStars, now,
				actor, decision.getReason()));
		registerEvent(new CertificateDowngraded(code, productId, producerId, from, newStars, decision.getNumber(),
				decision.getDate()));
	}

	/**
	 * The product's recognised name changed with the office's approval (registry): the certificate in force names it
	 * so from now on, and its history keeps the old name. A certificate no longer in force keeps what it certified.
	 */
	boolean amendProductName(String newName, Instant now, String actor) {
		if (!status.inForce() || newName.equals(productName)) {
			return false;
		}
		history.add(new CertificateChange(id, CertificateChange.Kind.AMENDED, null, stars, stars, now, actor,
				productName + " → " + newName));
		productName = newName;
		return true;
	}

	/** Revokes by a decision, with immediate effect; a lapsed or replaced certificate may be revoked too. */
	void revoke(Decision decision, Instant now, String actor) {
		if (status == CertificateStatus.REVOKED) {
			throw conflict("certification.certificate.alreadyRevoked");
		}
		if (decision.getKind() != DecisionKind.REVOCATION) {
			throw new IllegalArgumentException("A revocation needs a revocation decision");
		}
		requireNotBeforeIssue(decision);
		boolean wasInForce = status.inForce();
		status = CertificateStatus.REVOKED;
		revocationDecisionId = decision.getId();
		statusChangedAt = now;
		history.add(new CertificateChange(id, CertificateChange.Kind.REVOKED, decision.getId(), stars, null, now, actor,
				decision.getReason()));
		registerEvent(new CertificateRevoked(code, productId, producerId, decision.getNumber(), decision.getDate(),
				decision.getReason() == null ? "" : decision.getReason(), wasInForce, actor, decision.note()));
	}

	/** Marks the certificate expired once its last day has passed. */
	void expire(LocalDate today, Instant now, String actor) {
		requireInForce("expire");
		if (!validUntil.isBefore(today)) {
			throw conflict("certification.certificate.notYetExpired");
		}
		status = CertificateStatus.EXPIRED;
		statusChangedAt = now;
		history.add(new CertificateChange(id, CertificateChange.Kind.EXPIRED, null, stars, null, now, actor, null));
		registerEvent(new CertificateExpired(code, productId, producerId, stars, validUntil, actor));
	}

	/** Whether the certificate was EXPIRED from the start (an old decision entered late), not by the passing days. */
	boolean expiredOnIssue() {
		return status == CertificateStatus.EXPIRED && statusChangedAt.equals(issuedAt);
	}

	/** A renewal replaced this certificate with a new one. */
	void supersede(String successor, Instant now, String actor) {
		requireInForce("supersede");
		status = CertificateStatus.SUPERSEDED;
		replacedBy = successor;
		statusChangedAt = now;
		history.add(new CertificateChange(id, CertificateChange.Kind.SUPERSEDED, null, stars, null, now, actor, successor));
	}

	/** The reminder due on {@code today} while the certificate is in force, if any (its {@link ReminderRule}). */
	@Nullable
	Integer reminderDue(LocalDate today, List<Integer> thresholds) {
		return status.inForce() ? new ReminderRule(validUntil, lastReminderDays).due(today, thresholds) : null;
	}

	/** Records that the reminder {@code days} before the last day went out. */
	void remind(int days, Instant now) {
		lastReminderDays = days;
		history.add(new CertificateChange(id, CertificateChange.Kind.REMINDED, null, null, null, now, "system",
				String.valueOf(days)));
		registerEvent(new ExpiryReminderSent(code, productId, producerId, unitAt.code(), days, validUntil));
	}

	/** The status on a day: a certificate in force past its last day reads EXPIRED even before the job ran. */
	CertificateStatus statusOn(LocalDate today) {
		return status.inForce() && validUntil.isBefore(today) ? CertificateStatus.EXPIRED : status;
	}

	List<CertificateChange> history() {
		return history.stream().sorted(Comparator.comparing(CertificateChange::getChangedAt)).toList();
	}

	private void requireInForce(String action) {
		if (!status.inForce()) {
			throw new BusinessRuleException(BusinessRuleException.Kind.CONFLICT,
					Map.of("currentStatus", status.name()), "certification.certificate.notInForce", code, status.name());
		}
	}

	private void requireNotBeforeIssue(Decision decision) {
		if (decision.getDate().isBefore(validFrom)) {
			throw BusinessRuleException.unprocessable("certification.decision.beforeIssue", decision.getDate(), validFrom);
		}
	}

	private BusinessRuleException conflict(String messageCode) {
		return new BusinessRuleException(BusinessRuleException.Kind.CONFLICT, Map.of("currentStatus", status.name()),
				messageCode, code, status.name());
	}

	CertificateView toView(LocalDate today, DecisionView decision, @Nullable DecisionView revocation) {
		return new CertificateView(code, productId, producerId, productName, producerName, unitAt.code(), gtin,
				regulationCode, stars, issuedStars, validFrom, validUntil, statusOn(today), decision, revocation,
				replacedBy, issuedAt, issuedBy);
	}

	UUID getId() {
		return id;
	}

	String getCode() {
		return code;
	}

	UUID getProductId() {
		return productId;
	}

	UUID getProducerId() {
		return producerId;
	}

	String getProductName() {
		return productName;
	}

	String getProducerName() {
		return producerName;
	}

	UnitAt getUnitAt() {
		return unitAt;
	}

	@Nullable
	String getGtin() {
		return gtin;
	}

	int getStars() {
		return stars;
	}

	int getIssuedStars() {
		return issuedStars;
	}

	LocalDate getValidFrom() {
		return validFrom;
	}

	LocalDate getValidUntil() {
		return validUntil;
	}

	CertificateStatus getStatus() {
		return status;
	}

	UUID getDecisionId() {
		return decisionId;
	}

	@Nullable
	UUID getRevocationDecisionId() {
		return revocationDecisionId;
	}

	@Nullable
	String getReplacedBy() {
		return replacedBy;
	}

	@Nullable
	String getPhotoKey() {
		return photoKey;
	}

	Instant getIssuedAt() {
		return issuedAt;
	}

	java.math.@Nullable BigDecimal getScore() {
		return score;
	}

	String getRegulationCode() {
		return regulationCode;
	}

	long getVersion() {
		return version;
	}
}
