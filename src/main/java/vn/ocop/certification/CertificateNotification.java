package vn.ocop.certification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.ocop.shared.AuditIgnored;
import vn.ocop.geography.UnitAt;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Embedded;

/**
 * An in-app notice about a certificate, addressed to its producer's accounts or to the officers whose area covers
 * the product's commune. Never changed.
 */
@Entity
@Table(name = "certification_notification")
@AuditIgnored
class CertificateNotification {

	enum Audience {
		PRODUCER, OFFICE
	}

	enum Kind {
		EXPIRY_REMINDER, RENEWAL_WINDOW, EXPIRED, DOWNGRADED, REVOKED
	}

	@Id
	private UUID id;

	@Column(name = "certificate_id", nullable = false)
	private UUID certificateId;

	@Column(nullable = false, length = 32)
	private String code;

	@Column(name = "product_id", nullable = false)
	private UUID productId;

	@Column(name = "producer_id", nullable = false)
	private UUID producerId;

	@Column(name = "product_name", nullable = false, length = 300)
	private String productName;

	@Embedded
	@AttributeOverride(name = "code", column = @Column(name = "commune_code", nullable = false, length = 16))
	@AttributeOverride(name = "date", column = @Column(name = "unit_date", nullable = false))
	private UnitAt unitAt;

	@Column(nullable = false, length = 16)
	private String audience;

	@Column(nullable = false, length = 24)
	private String kind;

	@Column(name = "days_before")
	private @Nullable Integer daysBefore;

	@Column
	private @Nullable Integer stars;

	@Column(name = "valid_until", nullable = false)
	private LocalDate validUntil;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected CertificateNotification() {
	}

	CertificateNotification(Certificate certificate, Audience audience, Kind kind, @Nullable Integer daysBefore,
			Instant now) {
		this.id = UUID.randomUUID();
		this.certificateId = certificate.getId();
		this.code = certificate.getCode();
		this.productId = certificate.getProductId();
		this.producerId = certificate.getProducerId();
		this.productName = certificate.getProductName();
		this.unitAt = certificate.getUnitAt();
		this.audience = audience.name();
		this.kind = kind.name();
		this.daysBefore = daysBefore;
		this.stars = certificate.getStars();
		this.validUntil = certificate.getValidUntil();
		this.createdAt = now;
	}

	NotificationView toView() {
		return new NotificationView(id, kind, audience, code, productId, productName, daysBefore, stars, validUntil,
				createdAt);
	}

	UnitAt getUnitAt() {
		return unitAt;
	}
}
