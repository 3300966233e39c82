package vn.ocop.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.certification.CertificateView;
import vn.ocop.certification.CertificationManagement;
import vn.ocop.certification.NewDecision;
import vn.ocop.criteria.Regulation;
import vn.ocop.identity.CurrentUser;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;
import vn.ocop.shared.Stars;

/**
 * The office's decisions on the sanctions proposed by the findings of concluded inspections. Following a downgrade
 * lowers the certificate's stars by the finding's number through {@link CertificationManagement#downgrade};
 * following a revocation revokes it through {@link CertificationManagement#revoke} — each by the decision given
 * here, all or nothing (a synchronous call: the certificate and the finding change together). Publishes
 * {@link SanctionDecided}, on which {@link InspectionNotices} tells the producer and the inspector.
 */
@Service
public class SanctionDecisions {

	private static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

	private final Inspections inspections;
	private final InspectionAccess access;
	private final CertificationManagement certification;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	SanctionDecisions(Inspections inspections, InspectionAccess access, CertificationManagement certification,
			ApplicationEventPublisher events, Clock clock) {
		this.inspections = inspections;
		this.access = access;
		this.certification = certification;
		this.events = events;
		this.clock = clock;
	}

	/** The office follows or dismisses (with a note) a sanction proposed by a finding of a concluded inspection. */
	@Transactional
	public FindingView decide(UUID findingId, SanctionDecision input) {
		CurrentUser user = access.requireOffice();
		Inspection inspection = inspections.findByFinding(findingId)
				.orElseThrow(() -> new NotFoundException("monitoring.finding.notFound", findingId));
		Finding finding = inspection.finding(findingId).orElseThrow();
		if (inspection.getStatus() != InspectionStatus.CONCLUDED) {
			throw BusinessRuleException.conflict("monitoring.sanction.notConcluded");
		}
		if (!finding.isPending()) {
			throw BusinessRuleException.conflict("monitoring.sanction.notPending");
		}
		if (!input.follow()) {
			if (input.note() == null || input.note().isBlank()) {
				throw BusinessRuleException.unprocessable("monitoring.sanction.noteRequired");
			}
			finding.dismiss(input.note(), clock.instant(), user.username());
		}
		else {
			Sanction sanction = finding.getSanction();
			if (sanction == Sanction.DOWNGRADE || sanction == Sanction.REVOCATION) {
				apply(inspection, finding, input);
			}
			finding.decide(input.decisionNumber(), input.decisionDate(), input.note(), clock.instant(), user.username());
		}
		inspections.saveAndFlush(inspection);
		events.publishEvent(new SanctionDecided(inspection.getId(), findingId, finding.getSanction(), input.follow(),
				inspection.getCertificateCode()));
		return finding.toView(inspection.getId());
	}

	private void apply(Inspection inspection, Finding finding, SanctionDecision input) {
		String code = inspection.getCertificateCode();
		if (code == null) {
			throw BusinessRuleException.conflict("monitoring.finding.noCertificate");
		}
		if (input.decisionNumber() == null || input.decisionNumber().isBlank()) {
			throw BusinessRuleException.unprocessable("monitoring.field.required", "decisionNumber");
		}
		if (input.decisionDate() == null) {
			throw BusinessRuleException.unprocessable("monitoring.field.required", "decisionDate");
		}
		String reason = input.note() == null || input.note().isBlank() ? finding.getDescription() : input.note();
		var decision = new NewDecision(input.decisionNumber(), input.decisionDate(), input.signer(), null,
				reason.length() > 2000 ? reason.substring(0, 2000) : reason, input.legalBasis());
		if (finding.getSanction() == Sanction.DOWNGRADE) {
			CertificateView certificate = certification.certificate(code);
			int stars = certificate.stars() - (finding.getStarsDown() == null ? 1 : finding.getStarsDown());
			if (!Stars.isCertifiable(stars)) {
				throw BusinessRuleException.unprocessable("monitoring.sanction.belowThreeStars", certificate.stars(), stars);
			}
			certification.downgrade(code, stars, decision);
		}
		else {
			// the inspection's conclusion is the ground (26/2026 Điều 8: no longer meeting the criteria), from its day
			var rules = certification.revocationRules(input.decisionDate());
			String ground = rules.grounds().stream().map(Regulation.Ground::code).filter("CRITERIA_NOT_MET"::equals)
					.findFirst().orElse(rules.grounds().isEmpty() ? null : rules.grounds().get(0).code());
			LocalDate concluded = inspection.getConcludedAt() == null ? null
					: LocalDate.ofInstant(inspection.getConcludedAt(), ZONE);
			certification.revoke(code, decision.withGround(ground,
					concluded == null || concluded.isAfter(input.decisionDate()) ? null : concluded));
		}
	}
}
