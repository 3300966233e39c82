package vn.ocop.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ocop.criteria.CriteriaApi;
import vn.ocop.criteria.Regulation;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The expiry job: reminds the producer and the officers of the area before a certificate's last day, on the days
 * the certificate's regulation sets ({@code deadlines.reminderDaysBeforeExpiry} in {@code criteria/regulations.json}:
 * under 26/2026/QĐ-TTg as the producer's 180–120-day filing window for re-evaluation opens and 15 days before it
 * closes; under 148/1489 with the issuer's notice at least 30 days before; else 90, 60 and 30 days, configurable), and once that day has passed marks the certificate EXPIRED and the product EXPIRED in
 * the registry (unless a renewal has already taken it back under evaluation); {@link CertificationNotices} tells
 * people, from the certificate's events. "Today" comes from the injected clock.
 * Idempotent, so it runs every hour (and once shortly after start-up) rather than once a night; each certificate is
 * handled in its own transaction, so one failure does not hold up the others.
 */
@Component
public class CertificateExpiry {

	static final String ACTOR = "system";
	private static final Logger log = LoggerFactory.getLogger(CertificateExpiry.class);

	/** What one run did. */
	public record Result(LocalDate day, int expired, int reminded) {
	}

	private final Certificates certificates;
	private final CertificateRecords records;
	private final CertificationSettings settings;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final CriteriaApi criteria;

	CertificateExpiry(Certificates certificates, CertificateRecords records,
			CertificationSettings settings, PlatformTransactionManager transactions, Clock clock, CriteriaApi criteria) {
		this.criteria = criteria;
		this.certificates = certificates;
		this.records = records;
		this.settings = settings;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${ocop.certification.expiry-initial-delay:PT1M}",
			fixedDelayString = "${ocop.certification.expiry-interval:PT1H}")
	@SchedulerLock(name = "certificate-expiry") // once per cluster (see vn.ocop.shared.cluster)
	void scheduled() {
		if (Boolean.TRUE.equals(settings.expiryJob())) {
			Result result = run();
			if (result.expired() + result.reminded() > 0) {
				log.info("Certificates on {}: {} expired, {} reminders", result.day(), result.expired(), result.reminded());
			}
		}
	}

	/** Runs the job for today, by the application's clock. */
	public Result run() {
		return runOn(LocalDate.now(clock));
	}

	/** Runs the job as of the given day. */
	public Result runOn(LocalDate today) {
		List<Integer> thresholds = settings.reminderDaysOrDefault();
		int furthest = thresholds.stream().mapToInt(Integer::intValue).max().orElse(0);
		for (Regulation regulation : criteria.regulations()) {
			furthest = Math.max(furthest, reminderDays(regulation, thresholds).stream().mapToInt(Integer::intValue).max().orElse(0));
		}
		List<UUID> due = certificates.findEndingBy(CertificateRecords.IN_FORCE, today.plusDays(furthest));
		int expired = 0;
		int reminded = 0;
		for (UUID id : due) {
			try {
				String outcome = transaction.execute(status -> process(id, today, thresholds));
				if ("expired".equals(outcome)) {
					expired++;
				}
				else if ("reminded".equals(outcome)) {
					reminded++;
				}
			}
			catch (RuntimeException e) {
				log.warn("Expiry job: certificate {} not processed: {}", id, e.toString());
			}
		}
		return new Result(today, expired, reminded);
	}

	private String process(UUID id, LocalDate today, List<Integer> thresholds) {
		Certificate certificate = certificates.findById(id).orElse(null);
		if (certificate == null || !certificate.getStatus().inForce()) {
			return "none";
		}
		if (certificate.getValidUntil().isBefore(today)) {
			// the registry expires the product from the event, in this transaction
			certificate.expire(today, clock.instant(), ACTOR);
			certificates.save(certificate);
			records.changed(certificate);
			return "expired";
		}
		Regulation regulation = criteria.regulation(certificate.getRegulationCode()).orElse(null);
		List<Integer> due = regulation == null ? thresholds : reminderDays(regulation, thresholds);
		Integer days = certificate.reminderDue(today, due);
		if (days == null) {
			return "none";
		}
		// the notice (with the filing window of the certificate's regulation) follows from the event
		certificate.remind(days, clock.instant());
		certificates.save(certificate);
		return "reminded";
	}

	/** The reminder days of the regulation, or the office's settings where it sets none. */
	static List<Integer> reminderDays(Regulation regulation, List<Integer> defaults) {
		Regulation.Deadlines deadlines = regulation.deadlines();
		return deadlines == null || deadlines.reminderDaysBeforeExpiry() == null
				|| deadlines.reminderDaysBeforeExpiry().isEmpty() ? defaults : deadlines.reminderDaysBeforeExpiry();
	}
}
