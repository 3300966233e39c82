package vn.ocop.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.ocop.geography.GeographyApi;
import vn.ocop.geography.Unit;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.registry.ProducerSummary;
import vn.ocop.registry.RegistryManagement;
import vn.ocop.shared.NotFoundException;

/**
 * What the certification use cases share about stored certificates: finding one by its code as printed or typed,
 * "today" by the application's clock, the views with their decisions, the address named by the units in force on
 * the product's date, which certificate is the product's latest, and telling the public page that one changed.
 */
@Component
class CertificateRecords {

	/** The statuses of a certificate in force. */
	static final Set<CertificateStatus> IN_FORCE = Set.of(CertificateStatus.VALID, CertificateStatus.DOWNGRADED);

	private final Certificates certificates;
	private final Decisions decisions;
	private final GeographyApi geography;
	private final RegistryManagement registry;
	private final VerificationCache verificationCache;
	private final Clock clock;

	CertificateRecords(Certificates certificates, Decisions decisions, GeographyApi geography,
			RegistryManagement registry, VerificationCache verificationCache, Clock clock) {
		this.certificates = certificates;
		this.decisions = decisions;
		this.geography = geography;
		this.registry = registry;
		this.verificationCache = verificationCache;
		this.clock = clock;
	}

	/** The certificate with the code as printed, typed or scanned; 404 if there is none. */
	Certificate load(String code) {
		String normalised = CertificateCodes.normalise(code);
		return (normalised.isEmpty() ? Optional.<Certificate>empty() : certificates.findByCode(normalised))
				.orElseThrow(() -> new NotFoundException("certification.certificate.notFound", code));
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The public page shows the change from the next scan on. */
	void changed(Certificate certificate) {
		verificationCache.evictAfterCommit(certificate.getCode());
	}

	/** The product's commune with its district and province, by the units in force on the product's date. */
	String address(Certificate certificate) {
		List<Unit> lineage = geography.lineage(certificate.getUnitAt());
		return lineage.isEmpty() ? certificate.getUnitAt().code()
				: lineage.stream().map(Unit::name).collect(Collectors.joining(", "));
	}

	/** The producers a producer's account acts for (none for other accounts). */
	Set<UUID> ownProducerIds(CurrentUser user) {
		if (!user.has(Role.PRODUCER)) {
			return Set.of();
		}
		return registry.producersManagedBy(user.username()).stream().map(ProducerSummary::id).collect(Collectors.toSet());
	}

	CertificateView view(Certificate certificate, LocalDate today) {
		return views(List.of(certificate), today).get(0);
	}

	List<CertificateView> views(Collection<Certificate> list, LocalDate today) {
		Set<UUID> ids = new HashSet<>();
		list.forEach(c -> {
			ids.add(c.getDecisionId());
			if (c.getRevocationDecisionId() != null) {
				ids.add(c.getRevocationDecisionId());
			}
		});
		Map<UUID, DecisionView> decided = decisionViews(ids);
		return list.stream().map(c -> c.toView(today, decided.get(c.getDecisionId()),
				c.getRevocationDecisionId() == null ? null : decided.get(c.getRevocationDecisionId()))).toList();
	}

	Map<UUID, DecisionView> decisionViews(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<UUID, DecisionView> views = new HashMap<>();
		decisions.findByIdIn(ids).forEach(d -> views.put(d.getId(), d.toView()));
		return views;
	}

	/** Lower case without diacritics (đ → d), for searching Vietnamese names as people type them. */
	static String fold(String text) {
		String decomposed = java.text.Normalizer.normalize(text.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}+", "").replace('đ', 'd');
	}
}
