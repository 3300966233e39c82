package vn.ocop.certification;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

/**
 * What other modules ask of certification, in one place: the certificates a user may see, issuing a certificate
 * (the demo data), and the downgrades and revocations that follow an inspection's sanction. Each call is the use
 * case's own ({@link CertificateIssuing}, {@link DowngradeAndRevocation}, {@link CertificateQueries}), with its
 * access checks and transaction.
 */
@Service
public class CertificationManagement {

	private final CertificateIssuing issuing;
	private final DowngradeAndRevocation decisions;
	private final CertificateQueries queries;

	CertificationManagement(CertificateIssuing issuing, DowngradeAndRevocation decisions, CertificateQueries queries) {
		this.issuing = issuing;
		this.decisions = decisions;
		this.queries = queries;
	}

	/** Recognises a RATED product and issues its certificate (see {@link CertificateIssuing#issue}). */
	public CertificateView issue(UUID productId, NewDecision decision) {
		return issuing.issue(productId, decision);
	}

	/** Lowers a certificate's stars by a decision (see {@link DowngradeAndRevocation#downgrade}). */
	public CertificateView downgrade(String code, int stars, NewDecision decision) {
		return decisions.downgrade(code, stars, decision);
	}

	/** Revokes a certificate by a decision (see {@link DowngradeAndRevocation#revoke}). */
	public CertificateView revoke(String code, NewDecision decision) {
		return decisions.revoke(code, decision);
	}

	/** The grounds of revocation of the regulation in force on the day, and its deadline. */
	public RevocationRules revocationRules(LocalDate day) {
		return decisions.revocationRules(day);
	}

	/** A certificate, for officers in scope and the producer's accounts. */
	public CertificateView certificate(String code) {
		return queries.certificate(code);
	}

	/** The certificates the signed-in user may see, filtered. */
	public List<CertificateView> certificates(CertificateFilter filter) {
		return queries.certificates(filter);
	}
}
