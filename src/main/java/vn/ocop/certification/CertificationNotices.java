package vn.ocop.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.ocop.criteria.CriteriaApi;
import vn.ocop.criteria.Regulation;
import vn.ocop.identity.Role;
import vn.ocop.identity.UserManagement;
import vn.ocop.notification.Notice;
import vn.ocop.notification.Notifications;
import vn.ocop.registry.ProductLifecycle;
import vn.ocop.geography.UnitAt;

/**
 * Who is told what about a certificate, from its events. The recognition (issue 16) goes to the producer after the
 * decision is committed. A downgrade, a revocation, an expiry and each reminder before the last day go to the
 * producer's accounts and to the officers responsible for the commune, in the application and by e-mail; these are
 * heard in the transaction that changes the certificate (a plain listener) so that the in-app notice of the
 * certification pages is written with the change or not at all. A certificate issued already expired (an old
 * decision entered late) is not announced as expiring.
 */
@Component
class CertificationNotices {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final ProductLifecycle products;
	private final Notifications notices;
	private final Certificates certificates;
	private final CertificateNotifications notifications;
	private final UserManagement users;
	private final CriteriaApi criteria;
	private final Clock clock;

	CertificationNotices(ProductLifecycle products, Notifications notices, Certificates certificates,
			CertificateNotifications notifications, UserManagement users, CriteriaApi criteria, Clock clock) {
		this.products = products;
		this.notices = notices;
		this.certificates = certificates;
		this.notifications = notifications;
		this.users = users;
		this.criteria = criteria;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(CertificateIssued event) {
		var accounts = products.producer(event.producerId()).accounts();
		if (accounts.isEmpty()) {
			return;
		}
		var product = products.summary(event.productId());
		notices.send(Notice.to(accounts, "certification.issued", "certification.notice.ISSUED",
				"/certification/" + event.code(), product.name(), event.stars(), event.decisionNumber(), event.code(),
				event.validUntil().format(DAY)));
	}

	@EventListener
	void on(CertificateDowngraded event) {
		certificates.findByCode(event.code())
				.ifPresent(c -> notifyBoth(c, CertificateNotification.Kind.DOWNGRADED, null));
	}

	@EventListener
	void on(CertificateRevoked event) {
		certificates.findByCode(event.code()).ifPresent(c -> notifyBoth(c, CertificateNotification.Kind.REVOKED, null));
	}

	@EventListener
	void on(CertificateExpired event) {
		certificates.findByCode(event.code()).filter(c -> !c.expiredOnIssue())
				.ifPresent(c -> notifyBoth(c, CertificateNotification.Kind.EXPIRED, null));
	}

	/**
	 * A reminder before the last day: under a regulation with a filing window for re-evaluation (26/2026/QĐ-TTg)
	 * it names the window; otherwise it names the days left.
	 */
	@EventListener
	void on(ExpiryReminderSent event) {
		Certificate certificate = certificates.findByCode(event.code()).orElse(null);
		if (certificate == null) {
			return;
		}
		Regulation regulation = criteria.regulation(certificate.getRegulationCode()).orElse(null);
		Regulation.Deadlines deadlines = regulation == null ? null : regulation.deadlines();
		if (deadlines != null && deadlines.renewalFilingFromDaysBeforeExpiry() != null
				&& deadlines.renewalFilingUntilDaysBeforeExpiry() != null) {
			LocalDate validUntil = certificate.getValidUntil();
			notifyBoth(certificate, CertificateNotification.Kind.RENEWAL_WINDOW, event.daysBefore(), regulation.code(),
					DAY.format(validUntil.minusDays(deadlines.renewalFilingFromDaysBeforeExpiry())),
					DAY.format(validUntil.minusDays(deadlines.renewalFilingUntilDaysBeforeExpiry())));
		}
		else {
			notifyBoth(certificate, CertificateNotification.Kind.EXPIRY_REMINDER, event.daysBefore());
		}
	}

	private void notifyBoth(Certificate certificate, CertificateNotification.Kind kind, @Nullable Integer daysBefore,
			Object... extra) {
		var now = clock.instant();
		notifications.save(new CertificateNotification(certificate, CertificateNotification.Audience.PRODUCER, kind,
				daysBefore, now));
		notifications.save(new CertificateNotification(certificate, CertificateNotification.Audience.OFFICE, kind,
				daysBefore, now));
		// in-app and e-mail to the producer's accounts and the officers responsible for the commune
		Set<String> readers = new LinkedHashSet<>(products.producer(certificate.getProducerId()).accounts());
		readers.addAll(users.usernamesCovering(certificate.getUnitAt(),
				Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER, Role.COMMUNE_OFFICER));
		List<Object> arguments = new ArrayList<>(List.of(certificate.getCode(), certificate.getProductName(),
				daysBefore == null ? "" : daysBefore, certificate.getValidUntil().format(DAY), certificate.getStars()));
		arguments.addAll(List.of(extra));
		notices.send(Notice.to(readers, "certification." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'),
				"certification.notice." + kind.name(), "/certification/" + certificate.getCode(), arguments.toArray()));
	}
}
