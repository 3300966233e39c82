package vn.ocop.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.criteria.CriteriaApi;
import vn.ocop.criteria.Regulation;
import vn.ocop.identity.CurrentUser;
import vn.ocop.shared.NotFoundException;

/**
 * The register of decisions (sổ quyết định): the recognitions (and, when asked, downgrades and revocations) recorded,
 * newest first, each with its authority, signature block and the products it concerns, every product under its own
 * regulation (a decision may recognise products rated under 148/1489 and under 26/2026 together). A user sees the
 * decisions one of whose certificates they may see, whole, as the decision page shows them.
 */
@Service
@Transactional(readOnly = true)
public class DecisionRegister {

	private final Decisions decisions;
	private final Certificates certificates;
	private final CertificationAccess access;
	private final CertificateRecords records;
	private final CriteriaApi criteria;
	private final DecisionPdf decisionPdf;
	private final CertificationSettings settings;
	private final Clock clock;

	DecisionRegister(Decisions decisions, Certificates certificates, CertificationAccess access,
			CertificateRecords records, CriteriaApi criteria, DecisionPdf decisionPdf, CertificationSettings settings,
			Clock clock) {
		this.decisions = decisions;
		this.certificates = certificates;
		this.access = access;
		this.records = records;
		this.criteria = criteria;
		this.decisionPdf = decisionPdf;
		this.settings = settings;
		this.clock = clock;
	}

	/** A decision with the certificates it recognised, downgraded or revoked (anyone who may see one of them). */
	public DecisionDocument decision(UUID id) {
		CurrentUser user = access.user();
		Decision decision = decisions.findById(id)
				.orElseThrow(() -> new NotFoundException("certification.decision.notFound", id));
		List<Certificate> listed = certificates.findByDecision(id);
		if (listed.stream().noneMatch(c -> access.maySee(user, c))) {
			throw new NotFoundException("certification.decision.notFound", id);
		}
		LocalDate today = LocalDate.now(clock);
		return new DecisionDocument(decision.toView(), listed.stream().map(c -> line(c, today)).toList());
	}

	/** The decision as the signed PDF: header, articles, signature block, and the annex of products. */
	public byte[] decisionPdf(UUID id) {
		DecisionDocument document = decision(id);
		Regulation regulation = document.decision().regulationCode() == null ? null
				: criteria.regulation(document.decision().regulationCode()).orElse(null);
		// each product under its own regulation: the decision cites every one of them
		List<Regulation> cited = document.regulations().stream().map(criteria::regulation).flatMap(Optional::stream)
				.toList();
		return decisionPdf.render(document, regulation, cited.isEmpty() && regulation != null ? List.of(regulation) : cited,
				settings.provinceOrDefault());
	}

	/** The decisions that match, newest first, each with its products by name. */
	public List<DecisionDocument> decisions(DecisionFilter filter) {
		CurrentUser user = access.user();
		List<Decision> found = filter.year() == null
				? decisions.findByKindOrderByDateDescNumberDesc(filter.kindOrRecognition())
				: decisions.findByKindAndDateBetweenOrderByDateDescNumberDesc(filter.kindOrRecognition(),
						LocalDate.of(filter.year(), 1, 1), LocalDate.of(filter.year(), 12, 31));
		found = found.stream().filter(d -> filter.level() == null || d.getLevel() == filter.level()).toList();
		if (found.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<Certificate>> byDecision = new LinkedHashMap<>();
		for (Object[] row : certificates.findWithDecisionIn(found.stream().map(Decision::getId).toList())) {
			byDecision.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add((Certificate) row[1]);
		}
		LocalDate today = LocalDate.now(clock);
		var covers = access.coverage(user);
		List<DecisionDocument> result = new ArrayList<>();
		for (Decision decision : found) {
			List<Certificate> listed = byDecision.getOrDefault(decision.getId(), List.of()).stream().distinct()
					.sorted(Comparator.comparing(Certificate::getProductName)).toList();
			boolean visible = listed.stream().anyMatch(c -> CertificationAccess.isOfficer(user)
					? covers.test(c.getUnitAt()) : access.maySee(user, c));
			if (!visible || filter.regulationCode() != null
					&& listed.stream().noneMatch(c -> c.getRegulationCode().equals(filter.regulationCode()))) {
				continue;
			}
			result.add(new DecisionDocument(decision.toView(), listed.stream().map(c -> line(c, today)).toList()));
		}
		return result;
	}

	private DecisionDocument.Line line(Certificate c, LocalDate today) {
		return new DecisionDocument.Line(c.getCode(), c.getProductName(), c.getProducerName(), records.address(c),
				c.getIssuedStars(), c.getStars(), c.getScore(), c.getRegulationCode(), c.statusOn(today));
	}

	/** The years in which decisions of the kind were signed, newest first (for the filter). */
	public List<Integer> years(DecisionKind kind) {
		return decisions.findByKindOrderByDateDescNumberDesc(kind).stream().map(d -> d.getDate().getYear()).distinct()
				.toList();
	}
}
