package vn.ocop.certification;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.criteria.Regulation;
import vn.ocop.identity.CurrentUser;
import vn.ocop.registry.ProductLifecycle;
import vn.ocop.registry.ProductStatus;
import vn.ocop.registry.ProductSummary;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.Stars;

/**
 * Recognition (công nhận): the decision that recognises products RATED at 3★ or more and issues their certificates,
 * one by one or in bulk, valid from the decision's date for the months the product's regulation sets; the product
 * becomes CERTIFIED in the registry, which follows {@link CertificateIssued}. A renewal replaces the certificate in
 * force.
 */
@Service
public class CertificateIssuing {

	/** The regulation's validity when it names none. */
	static final int DEFAULT_VALIDITY_MONTHS = 36;
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Certificates certificates;
	private final CertificateCodes codes;
	private final CertificateRecords records;
	private final CertificationAccess access;
	private final CertificationAuthority authority;
	private final DecisionRecorder decisions;
	private final Ratings ratings;
	private final ProductLifecycle lifecycle;
	private final PhotoSnapshots photos;
	private final Clock clock;

	CertificateIssuing(Certificates certificates, CertificateCodes codes, CertificateRecords records,
			CertificationAccess access, CertificationAuthority authority, DecisionRecorder decisions, Ratings ratings,
			ProductLifecycle lifecycle, PhotoSnapshots photos, Clock clock) {
		this.certificates = certificates;
		this.codes = codes;
		this.records = records;
		this.access = access;
		this.authority = authority;
		this.decisions = decisions;
		this.ratings = ratings;
		this.lifecycle = lifecycle;
		this.photos = photos;
		this.clock = clock;
	}

	/** A product that may be recognised: its stars, the regulation it was rated under and the council's rating. */
	private record Recognisable(ProductSummary product, int stars, Regulation regulation,
			Ratings.@Nullable Rating rating) {
	}

	/**
	 * Records the recognition decision for a product RATED at 3★ or more and issues its certificate, valid from the
	 * decision's date for the months its regulation sets; the product becomes CERTIFIED. 409 if the product is not
	 * rated at 3★+ or the deciding level may not recognise its stars, 422 for a decision dated in the future. A
	 * decision number entered again with the same date is the same decision (one decision recognises many products).
	 */
	@Transactional
	public CertificateView issue(UUID productId, NewDecision decision) {
		return issueAll(List.of(productId), decision).get(0);
	}

	/**
	 * Issues the certificates of several products under one decision: all or nothing. If any product cannot be
	 * certified, nothing is issued and the 409 problem lists every refused product ({@code refused}).
	 * <p>
	 * The decision is taken at the level of the officer's unit (the provincial office may also record the central
	 * level's decision: the Minister's 5★ recognition of a product the central council took); each product's
	 * regulation, chosen by its dossier's filing day and type, must give that level the product's stars (under
	 * 148/QĐ-TTg the district recognises 3★ and the province 4★; under 26/2026/QĐ-TTg the province 3★–4★, the
	 * Minister 5★ for products of 90 points or more, the commune none).
	 */
	@Transactional
	public List<CertificateView> issueAll(List<UUID> productIds, NewDecision input) {
		CurrentUser user = access.user();
		IssuingLevel level = authority.level(user, input.level());
		LocalDate today = records.today();
		input.requireComplete(today, false);
		if (!authority.unitExists(user, level, input.date())) {
			throw BusinessRuleException.conflict("certification.level.unitGone", user.unitCode(),
					input.date().format(DAY));
		}
		List<UUID> ids = new ArrayList<>(new LinkedHashSet<>(productIds));
		if (ids.isEmpty()) {
			throw BusinessRuleException.unprocessable("certification.issue.noProducts");
		}
		Map<UUID, ProductSummary> products = lifecycle.summaries(ids);
		List<Refusal> refused = new ArrayList<>();
		Map<UUID, Recognisable> recognisable = new LinkedHashMap<>();
		for (UUID id : ids) {
			Object checked = check(id, products.get(id), user, level, input);
			if (checked instanceof Refusal refusal) {
				refused.add(refusal);
			}
			else {
				recognisable.put(id, (Recognisable) checked);
			}
		}
		Refusal.requireNone("certification.issue.refused", refused, ids.size());
		Decision decision = decisions.record(DecisionKind.RECOGNITION, input, user, level,
				recognisable.get(ids.get(0)).regulation(), null);
		List<CertificateView> issued = new ArrayList<>();
		for (Recognisable product : recognisable.values()) {
			issued.add(issueOne(product, decision, user, today));
		}
		return issued;
	}

	/** Whether the level may recognise the product now: a {@link Recognisable} or the {@link Refusal} saying why not. */
	private Object check(UUID id, @Nullable ProductSummary product, CurrentUser user, IssuingLevel level,
			NewDecision input) {
		if (product == null) {
			return new Refusal(id.toString(), null, "certification.product.notFound", null);
		}
		String status = product.status().name();
		if (!access.covers(user, product.unitAt())) {
			return new Refusal(id.toString(), product.name(), "certification.product.outsideUnit", status);
		}
		Ratings.Rating rating = ratings.latest(id).orElse(null);
		boolean underEvaluation = product.status() == ProductStatus.UNDER_EVALUATION && rating != null;
		// passed on to the central council: nothing is recognised before its result is recorded; proposing 5★,
		// the Minister recognises on it; proposing fewer, the product is RATED at the province on its result
		// (26/2026 Điều 7.4), which the provincial Chair recognises like any other
		boolean awaitsCentral = underEvaluation && rating.awaitsCentral();
		boolean awaitsMinister = underEvaluation && rating.awaitsMinister();
		if (awaitsCentral) {
			return new Refusal(id.toString(), product.name(), "certification.product.awaitsCentralResult", status);
		}
		if (level == IssuingLevel.CENTRAL ? !(awaitsMinister || product.status() == ProductStatus.RATED)
				: product.status() != ProductStatus.RATED) {
			return new Refusal(id.toString(), product.name(), awaitsMinister
					? "certification.product.awaitsCentral" : "certification.product.notRated", status);
		}
		int stars = awaitsMinister ? Stars.MAX
				: level == IssuingLevel.CENTRAL && input.stars() != null ? input.stars()
				: product.stars() == null ? 0 : product.stars();
		if (stars < Stars.CERTIFIABLE) {
			return new Refusal(id.toString(), product.name(), "certification.product.tooFewStars", status);
		}
		Regulation regulation = authority.ratedUnder(product);
		var notAllowed = authority.mayNotDecide(authority.recognisingUnder(regulation, input.date()), level, stars,
				id.toString(), product.name(), status);
		if (notAllowed.isPresent()) {
			return notAllowed.get();
		}
		Integer minScore = regulation.level(level.name()).map(Regulation.Level::minScore).orElse(null);
		if (minScore != null && (rating == null || rating.decisiveScore().compareTo(BigDecimal.valueOf(minScore)) < 0)) {
			return new Refusal(id.toString(), product.name(), "certification.level.belowMinScore", status,
					List.of(regulation.code(), level.name(), minScore, rating == null ? "" : rating.decisiveScore()));
		}
		return new Recognisable(product, stars, regulation, rating);
	}

	private CertificateView issueOne(Recognisable recognised, Decision decision, CurrentUser user, LocalDate today) {
		ProductSummary product = recognised.product();
		Regulation regulation = recognised.regulation();
		Ratings.Rating rating = recognised.rating();
		int stars = recognised.stars();
		int months = regulation.certificateValidityMonths() > 0 ? regulation.certificateValidityMonths()
				: DEFAULT_VALIDITY_MONTHS;
		LocalDate validUntil = decision.getDate().plusMonths(months).minusDays(1);
		String code = newCode(decision.getDate());
		var subject = new Certificate.Subject(product.id(), product.producerId(), product.name(), product.producerName(),
				product.unitAt(), Gtins.toGtin14(product.gtin()), regulation.code(),
				rating == null ? null : rating.decisiveScore());
		// a renewal: the certificate in force until now is replaced by the new one
		for (Certificate previous : certificates.findByProductIdOrderByIssuedAtDesc(product.id())) {
			if (previous.getStatus().inForce()) {
				previous.supersede(code, clock.instant(), user.username());
				certificates.save(previous);
				records.changed(previous);
			}
		}
		var certificate = new Certificate(code, subject, stars, decision, validUntil, photos.snapshot(product.id()), today,
				clock.instant(), user.username());
		// the registry certifies the product (and expires it, for an old decision) from the certificate's events
		certificates.save(certificate);
		return records.view(certificate, today);
	}

	private String newCode(LocalDate decisionDate) {
		for (int attempt = 0; attempt < 10; attempt++) {
			String code = codes.next(decisionDate);
			if (!certificates.existsByCode(code)) {
				return code;
			}
		}
		throw new IllegalStateException("No free certificate code after 10 attempts");
	}
}
