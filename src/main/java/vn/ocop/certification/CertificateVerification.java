package vn.ocop.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public side: what anyone who scans a label learns about a certificate code, with no sign-in. Unknown codes
 * reveal nothing (the caller answers 404 without saying more).
 */
@Service
public class CertificateVerification {

	private final Certificates certificates;
	private final Decisions decisions;
	private final CertificateRecords records;
	private final PhotoSnapshots photos;
	private final VerificationCache cache;
	private final TransactionTemplate readOnly;
	private final Clock clock;

	CertificateVerification(Certificates certificates, Decisions decisions, CertificateRecords records,
			PhotoSnapshots photos, VerificationCache cache, PlatformTransactionManager transactions, Clock clock) {
		this.certificates = certificates;
		this.decisions = decisions;
		this.records = records;
		this.photos = photos;
		this.cache = cache;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.clock = clock;
	}

	/** The answer for a code as printed, typed or scanned; empty if there is no such certificate. */
	public Optional<Verification> verify(String code) {
		String normalised = CertificateCodes.normalise(code);
		if (normalised.isEmpty()) {
			return Optional.empty();
		}
		VerificationCache.Entry entry = cache.get(normalised,
				() -> readOnly.execute(tx -> certificates.findByCode(normalised).map(this::entry).orElse(null)));
		if (entry == null) {
			return Optional.empty();
		}
		Verification v = entry.verification();
		LocalDate today = LocalDate.now(clock);
		CertificateStatus status = entry.storedStatus().inForce() && v.validUntil().isBefore(today)
				? CertificateStatus.EXPIRED : entry.storedStatus().publicStatus();
		return Optional.of(status == v.status() ? v
				: new Verification(v.code(), status, v.stars(), v.issuedStars(), v.productName(), v.producerName(),
						v.communeName(), v.validFrom(), v.validUntil(), v.decision(), v.downgrade(), v.revocation(),
						v.replacedBy(), v.hasPhoto(), v.revision()));
	}

	/** The code of the latest certificate of the product with this GTIN (8, 12, 13 or 14 digits). */
	public Optional<String> latestCodeForGtin(String gtin) {
		String gtin14 = Gtins.toGtin14(gtin);
		if (gtin14 == null) {
			return Optional.empty();
		}
		return certificates.findFirstByGtinOrderByIssuedAtDesc(gtin14).map(Certificate::getCode);
	}

	/**
	 * The certificates in force today (VALID or DOWNGRADED and not past their last day), for public catalogues that
	 * rebuild their read models; no sign-in needed, since each is public through its verification page.
	 */
	public java.util.List<CertificateInForce> inForce() {
		LocalDate today = LocalDate.now(clock);
		return readOnly.execute(tx -> certificates.findByStatusInOrderByValidUntilAsc(CertificateRecords.IN_FORCE)
				.stream().filter(c -> !c.getValidUntil().isBefore(today))
				.map(c -> new CertificateInForce(c.getCode(), c.getProductId(), c.getProducerId(), c.getStars(),
						c.getStatus(), c.getValidFrom(), c.getValidUntil(), c.getPhotoKey() != null))
				.toList());
	}

	/** The product photo copied at issue, as JPEG bytes. */
	public Optional<byte[]> photo(String code) {
		String normalised = CertificateCodes.normalise(code);
		if (normalised.isEmpty()) {
			return Optional.empty();
		}
		return certificates.findByCode(normalised).flatMap(c -> photos.read(c.getPhotoKey()));
	}

	private VerificationCache.Entry entry(Certificate certificate) {
		DecisionView decision = decision(certificate.getDecisionId());
		DecisionView revocation = certificate.getRevocationDecisionId() == null ? null
				: decision(certificate.getRevocationDecisionId());
		DecisionView downgrade = null;
		if (certificate.getStars() < certificate.getIssuedStars()) {
			downgrade = certificate.history().stream()
					.filter(c -> c.getKind() == CertificateChange.Kind.DOWNGRADED && c.getDecisionId() != null)
					.max(Comparator.comparing(CertificateChange::getChangedAt))
					.map(c -> decision(c.getDecisionId())).orElse(null);
		}
		var verification = new Verification(certificate.getCode(), certificate.getStatus().publicStatus(),
				certificate.getStars(), certificate.getIssuedStars(), certificate.getProductName(),
				certificate.getProducerName(), records.address(certificate), certificate.getValidFrom(),
				certificate.getValidUntil(), decision, downgrade, revocation, certificate.getReplacedBy(),
				certificate.getPhotoKey() != null, certificate.getVersion());
		return new VerificationCache.Entry(verification, certificate.getStatus());
	}

	private @Nullable DecisionView decision(@Nullable UUID id) {
		return id == null ? null : decisions.findById(id).map(Decision::toView).orElse(null);
	}
}
