package vn.ocop.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.criteria.Regulation;
import vn.ocop.identity.CurrentUser;
import vn.ocop.shared.BusinessRuleException;

/**
 * Downgrade (hạ sao) and revocation (thu hồi) by decision, the latter also in bulk: effective at once on the
 * verification page, the registry (the product's stars, or REVOKED: it follows {@link CertificateDowngraded} and
 * {@link CertificateRevoked} in the same transaction), the catalogue, the shop and the KPIs. The level
 * that decides is the one the regulation in force on the decision's day gives the certificate's stars; the producer
 * and the officers of the area are told by {@link CertificationNotices}.
 */
@Service
public class DowngradeAndRevocation {

	private final Certificates certificates;
	private final CertificateRecords records;
	private final CertificationAccess access;
	private final CertificationAuthority authority;
	private final DecisionRecorder decisions;
	private final Clock clock;

	DowngradeAndRevocation(Certificates certificates, CertificateRecords records, CertificationAccess access,
			CertificationAuthority authority, DecisionRecorder decisions, Clock clock) {
		this.certificates = certificates;
		this.records = records;
		this.access = access;
		this.authority = authority;
		this.decisions = decisions;
		this.clock = clock;
	}

	/**
	 * Lowers the stars of a certificate in force by a decision (reason, number, date, legal basis); effective at
	 * once, the producer and the officers of the area are notified. 422 unless 3 ≤ stars < current stars.
	 */
	@Transactional
	public CertificateView downgrade(String code, int stars, NewDecision input) {
		CurrentUser user = access.user();
		IssuingLevel level = authority.level(user, input.level());
		LocalDate today = records.today();
		input.requireComplete(today, true);
		Certificate certificate = records.load(code);
		access.requireSee(user, certificate);
		Regulation regulation = authority.inForceOn(input.date(), certificate.getRegulationCode());
		var notAllowed = authority.mayNotDecide(regulation, level, certificate.getStars(), certificate.getCode(),
				certificate.getProductName(), certificate.getStatus().name());
		if (notAllowed.isPresent()) {
			throw CertificationAuthority.refusal(notAllowed.get());
		}
		Decision decision = decisions.record(DecisionKind.DOWNGRADE, input, user, level, regulation, null);
		certificate.downgrade(stars, decision, clock.instant(), user.username());
		certificates.save(certificate);
		records.changed(certificate);
		return records.view(certificate, today);
	}

	/** Revokes a certificate by a decision; effective at once everywhere (the product becomes REVOKED). */
	@Transactional
	public CertificateView revoke(String code, NewDecision input) {
		return revokeAll(List.of(code), input).get(0);
	}

	/**
	 * Revokes many certificates by one decision: all or nothing; the 409 problem lists every refused code (unknown,
	 * already revoked, decided before the certificate was issued).
	 */
	@Transactional
	public List<CertificateView> revokeAll(List<String> codeList, NewDecision input) {
		CurrentUser user = access.user();
		IssuingLevel level = authority.level(user, input.level());
		LocalDate today = records.today();
		input.requireComplete(today, true);
		Regulation regulation = authority.inForceOn(input.date());
		Decision.Ground ground = input.groundUnder(regulation);
		List<String> wanted = codeList.stream().filter(Objects::nonNull).map(String::strip).distinct().toList();
		if (wanted.isEmpty()) {
			throw BusinessRuleException.unprocessable("certification.revoke.noCertificates");
		}
		Map<String, Certificate> found = new LinkedHashMap<>();
		List<Refusal> refused = new ArrayList<>();
		for (String raw : wanted) {
			String code = CertificateCodes.normalise(raw);
			Optional<Certificate> certificate = code.isEmpty() ? Optional.empty() : certificates.findByCode(code);
			Optional<Refusal> refusal = certificate.isEmpty()
					? Optional.of(new Refusal(raw, null, "certification.certificate.notFound", null))
					: refusal(raw, certificate.get(), user, level, regulation, input.date());
			if (refusal.isPresent()) {
				refused.add(refusal.get());
			}
			else {
				found.put(code, certificate.get());
			}
		}
		Refusal.requireNone("certification.revoke.refused", refused, wanted.size());
		Decision decision = decisions.record(DecisionKind.REVOCATION, input, user, level, regulation, ground);
		List<CertificateView> revoked = new ArrayList<>();
		for (Certificate certificate : found.values()) {
			certificate.revoke(decision, clock.instant(), user.username());
			certificates.save(certificate);
			records.changed(certificate);
			revoked.add(records.view(certificate, today));
		}
		return revoked;
	}

	/** Why the certificate may not be revoked by this decision, if it may not. */
	private Optional<Refusal> refusal(String raw, Certificate certificate, CurrentUser user, IssuingLevel level,
			Regulation regulation, LocalDate decided) {
		if (certificate.getStatus() == CertificateStatus.REVOKED) {
			return Optional.of(new Refusal(raw, certificate.getProductName(), "certification.certificate.alreadyRevoked",
					CertificateStatus.REVOKED.name()));
		}
		if (decided.isBefore(certificate.getValidFrom())) {
			return Optional.of(new Refusal(raw, certificate.getProductName(), "certification.revoke.beforeIssue",
					certificate.getStatus().name()));
		}
		if (!access.maySee(user, certificate)) {
			return Optional.of(new Refusal(raw, certificate.getProductName(), "certification.product.outsideUnit",
					certificate.getStatus().name()));
		}
		return authority.mayNotDecide(regulation, level, certificate.getStars(), raw, certificate.getProductName(),
				certificate.getStatus().name());
	}

	/** The grounds of revocation of the regulation in force on the day, and its deadline. */
	@Transactional(readOnly = true)
	public RevocationRules revocationRules(LocalDate day) {
		Regulation regulation = authority.inForceOn(day);
		Regulation.Revocation rules = regulation.revocation();
		return new RevocationRules(regulation.code(), rules == null ? null : rules.article(),
				rules == null ? null : rules.deliverWithinDays(), rules == null ? "" : rules.note(),
				rules == null ? List.of() : rules.grounds());
	}

	/**
	 * Whether the signed-in user may downgrade or revoke the certificate today: by the regulation in force, one of
	 * the levels it records recognises the certificate's stars (the pages show the forms only then).
	 */
	@Transactional(readOnly = true)
	public boolean mayDecideOn(String code) {
		CurrentUser user = access.user();
		Certificate certificate = records.load(code);
		if (!access.maySee(user, certificate) || !certificate.getStatus().inForce()) {
			return false;
		}
		Regulation regulation = authority.inForceOn(records.today(), certificate.getRegulationCode());
		return IssuingLevel.recordableBy(user).stream().anyMatch(level -> authority.mayNotDecide(regulation, level,
				certificate.getStars(), code, null, null).isEmpty());
	}
}
