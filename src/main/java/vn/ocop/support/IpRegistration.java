package vn.ocop.support;

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
import vn.ocop.geography.UnitAt;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Embedded;

/**
 * A mark or an application for industrial property protection of a product (nhãn hiệu, nhãn hiệu tập thể, nhãn
 * hiệu chứng nhận, chỉ dẫn địa lý, kiểu dáng công nghiệp): prepared, filed (application number and filing date),
 * accepted as to form, then granted (certificate number, grant and expiry dates) or refused, or withdrawn.
 */
@Entity
@Table(name = "support_ip_registration")
@jakarta.persistence.EntityListeners(vn.ocop.shared.cluster.EntityChanges.class)
@vn.ocop.shared.cluster.ClusterBroadcast
class IpRegistration {

	/** Trademarks are protected for ten years from filing (Law on Intellectual Property, art. 93). */
	static final int TRADEMARK_YEARS = 10;

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID productId;

	@Column(nullable = false)
	private String productName;

	@Column(nullable = false)
	private UUID producerId;

	@Embedded
	@AttributeOverride(name = "code", column = @Column(name = "commune_code", nullable = false))
	@AttributeOverride(name = "date", column = @Column(name = "unit_date", nullable = false))
	private UnitAt unitAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "ip_type", nullable = false)
	private IpType type;

	@Column(nullable = false)
	private String markName;

	@Column(nullable = false)
	private String applicant;

	private @Nullable String applicationNumber;

	private @Nullable LocalDate filingDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private IpStatus status;

	private @Nullable String certificateNumber;

	private @Nullable LocalDate grantedOn;

	private @Nullable LocalDate expiresOn;

	private @Nullable String note;

	private @Nullable UUID requestId;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private String createdBy;

	@Version
	private long version;

	protected IpRegistration() {
	}

	IpRegistration(IpDetails details, String productName, UUID producerId, UnitAt unitAt,
			@Nullable UUID requestId, LocalDate today, Instant now, String actor) {
		this.id = UUID.randomUUID();
		this.productId = details.productId();
		this.productName = productName;
		this.producerId = producerId;
		this.unitAt = unitAt;
		this.requestId = requestId;
		this.createdAt = now;
		this.createdBy = actor;
		this.status = IpStatus.PREPARING;
		describe(details, today);
	}

	/** Changes what was recorded; an application number with a filing date means filed. */
	void describe(IpDetails details, LocalDate today) {
		this.type = details.type();
		this.markName = details.markName().strip();
		this.applicant = details.applicant().strip();
		this.note = SupportItem.blankToNull(details.note());
		String number = SupportItem.blankToNull(details.applicationNumber());
		if ((number == null) != (details.filingDate() == null)) {
			throw BusinessRuleException.unprocessable("support.ip.filing.incomplete");
		}
		if (details.filingDate() != null && details.filingDate().isAfter(today)) {
			throw BusinessRuleException.unprocessable("support.ip.filing.future");
		}
		this.applicationNumber = number;
		this.filingDate = details.filingDate();
		if (number != null && status == IpStatus.PREPARING) {
			this.status = IpStatus.FILED;
		}
	}

	void file(String number, LocalDate on, LocalDate today) {
		requireStatus(IpStatus.PREPARING);
		if (number == null || number.isBlank() || on == null) {
			throw BusinessRuleException.unprocessable("support.ip.filing.incomplete");
		}
		if (on.isAfter(today)) {
			throw BusinessRuleException.unprocessable("support.ip.filing.future");
		}
		this.applicationNumber = number.strip();
		this.filingDate = on;
		this.status = IpStatus.FILED;
	}

	void accept() {
		requireStatus(IpStatus.FILED);
		this.status = IpStatus.ACCEPTED;
	}

	/**
	 * The title is granted: its number, the grant date, and the expiry (by default ten years from filing for marks;
	 * geographical indications do not expire).
	 */
	void grant(String certificate, LocalDate on, @Nullable LocalDate expires) {
		requireStatus(IpStatus.FILED, IpStatus.ACCEPTED);
		if (certificate == null || certificate.isBlank() || on == null) {
			throw BusinessRuleException.unprocessable("support.ip.grant.incomplete");
		}
		if (filingDate != null && on.isBefore(filingDate)) {
			throw BusinessRuleException.unprocessable("support.ip.grant.beforeFiling");
		}
		this.certificateNumber = certificate.strip();
		this.grantedOn = on;
		if (expires != null) {
			this.expiresOn = expires;
		}
		else if (type != IpType.GEOGRAPHICAL_INDICATION && filingDate != null) {
			this.expiresOn = filingDate.plusYears(TRADEMARK_YEARS);
		}
		if (expiresOn != null && !expiresOn.isAfter(on)) {
			throw BusinessRuleException.unprocessable("support.ip.grant.expiry");
		}
		this.status = IpStatus.GRANTED;
	}

	void refuse(@Nullable String reason) {
		requireStatus(IpStatus.FILED, IpStatus.ACCEPTED);
		this.status = IpStatus.REFUSED;
		if (reason != null && !reason.isBlank()) {
			this.note = reason.strip();
		}
	}

	void withdraw() {
		requireStatus(IpStatus.PREPARING, IpStatus.FILED, IpStatus.ACCEPTED);
		this.status = IpStatus.WITHDRAWN;
	}

	/** A granted title still in force renewed for another term (ten years for marks). */
	void renew(LocalDate until, LocalDate today) {
		if (effectiveStatus(today) != IpStatus.GRANTED || expiresOn == null || !until.isAfter(expiresOn)) {
			throw BusinessRuleException.conflict("support.ip.renew.invalid");
		}
		this.expiresOn = until;
	}

	private void requireStatus(IpStatus... allowed) {
		for (IpStatus s : allowed) {
			if (status == s) {
				return;
			}
		}
		throw BusinessRuleException.conflict("support.ip.transition", markName, status.name());
	}

	IpStatus effectiveStatus(LocalDate today) {
		if (status == IpStatus.GRANTED && expiresOn != null && !expiresOn.isAfter(today)) {
			return IpStatus.EXPIRED;
		}
		return status;
	}

	IpView toView(LocalDate today) {
		return new IpView(id, productId, productName, producerId, type, markName, applicant, applicationNumber,
				filingDate, effectiveStatus(today), certificateNumber, grantedOn, expiresOn, note, requestId);
	}

	UUID getId() {
		return id;
	}

	String getMarkName() {
		return markName;
	}

	String getProductName() {
		return productName;
	}

	UUID getProductId() {
		return productId;
	}

	UnitAt getUnitAt() {
		return unitAt;
	}

	UUID getProducerId() {
		return producerId;
	}

	@Nullable
	LocalDate getFilingDate() {
		return filingDate;
	}

	@Nullable
	LocalDate getGrantedOn() {
		return grantedOn;
	}

	IpType getType() {
		return type;
	}

	IpStatus getStatus() {
		return status;
	}
}
