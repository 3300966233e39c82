package vn.ocop.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.criteria.CriteriaApi;
import vn.ocop.criteria.Regulation;
import vn.ocop.geography.GeographyApi;
import vn.ocop.geography.Unit;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.identity.UserManagement;
import vn.ocop.notification.Notice;
import vn.ocop.notification.Notifications;
import vn.ocop.registry.ProducerSummary;
import vn.ocop.registry.ProductFilter;
import vn.ocop.registry.ProductLifecycle;
import vn.ocop.registry.ProductStatus;
import vn.ocop.registry.ProductSummary;
import vn.ocop.registry.RegistryManagement;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;

/**
 * The certification process of the provincial office (plan activities 6.3 and 13): recognition decisions that issue
 * certificates for rated products (one by one or in bulk), downgrades and revocations by decision (also in bulk),
 * with immediate effect on the product's status in the registry; the lists officers and producers work from; the
 * certificate PDF and the print-ready labels.
 */
@Service
public class CertificationManagement {

	/** The regulation's validity when it names none. */
	static final int DEFAULT_VALIDITY_MONTHS = 36;
	static final Set<CertificateStatus> IN_FORCE = Set.of(CertificateStatus.VALID, CertificateStatus.DOWNGRADED);
	private static final int NOTIFICATION_SCAN = 500;

	private final Certificates certificates;
	private final Decisions decisions;
	private final CertificateNotifications notifications;
	private final CertificateCodes codes;
	private final CertificationAccess access;
	private final ProductLifecycle lifecycle;
	private final RegistryManagement registry;
	private final CriteriaApi criteria;
	private final GeographyApi geography;
	private final PhotoSnapshots photos;
	private final CertificatePdf pdf;
	private final OcopLabel labels;
	private final VerificationLinks links;
	private final CertificationSettings settings;
	private final VerificationCache verificationCache;
	private final Clock clock;
	private final Notifications notices;
	private final UserManagement users;
	private final CertificationAuthority authority;
	private final Ratings ratings;
	private final DecisionPdf decisionPdf;

	CertificationManagement(Certificates certificates, Decisions decisions, CertificateNotifications notifications,
			CertificateCodes codes, CertificationAccess access, ProductLifecycle lifecycle, RegistryManagement registry,
			CriteriaApi criteria, GeographyApi geography, PhotoSnapshots photos, CertificatePdf pdf, OcopLabel labels,
			VerificationLinks links, CertificationSettings settings, VerificationCache verificationCache, Clock clock,
			Notifications notices, UserManagement users, CertificationAuthority authority, Ratings ratings,
			DecisionPdf decisionPdf) {
		this.authority = authority;
		this.ratings = ratings;
		this.decisionPdf = decisionPdf;
		this.notices = notices;
		this.users = users;
		this.certificates = certificates;
		this.decisions = decisions;
		this.notifications = notifications;
		this.codes = codes;
		this.access = access;
		this.lifecycle = lifecycle;
		this.registry = registry;
		this.criteria = criteria;
		this.geography = geography;
		this.photos = photos;
		this.pdf = pdf;
		this.labels = labels;
		this.links = links;
		this.settings = settings;
		this.verificationCache = verificationCache;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- issuing

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
		LocalDate today = today();
		requireDecision(input, today, false);
		if (!authority.unitExists(user, level, input.date())) {
			throw BusinessRuleException.conflict("certification.level.unitGone", user.unitCode(),
					input.date().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
		}
		List<UUID> ids = new ArrayList<>(new LinkedHashSet<>(productIds));
		if (ids.isEmpty()) {
			throw BusinessRuleException.unprocessable("certification.issue.noProducts");
		}
		Map<UUID, ProductSummary> products = lifecycle.summaries(ids);
		List<Refusal> refused = new ArrayList<>();
		Map<UUID, Regulation> rules = new HashMap<>();
		Map<UUID, Ratings.Rating> rated = new HashMap<>();
		Map<UUID, Integer> starsOf = new HashMap<>();
		for (UUID id : ids) {
			ProductSummary product = products.get(id);
			if (product == null) {
				refused.add(new Refusal(id.toString(), null, "certification.product.notFound", null));
				continue;
			}
			String status = product.status().name();
			if (!access.covers(user, product.communeCode(), product.unitDate())) {
				refused.add(new Refusal(id.toString(), product.name(), "certification.product.outsideUnit", status));
				continue;
			}
			Ratings.Rating rating = ratings.latest(id).orElse(null);
			boolean underEvaluation = product.status() == ProductStatus.UNDER_EVALUATION && rating != null;
			// passed on to the central council: nothing is recognised before its result is recorded; proposing 5★,
			// the Minister recognises on it; proposing fewer, the product is RATED at the province on its result
			// (26/2026 Điều 7.4), which the provincial Chair recognises like any other
			boolean awaitsCentral = underEvaluation && rating.awaitsCentral();
			boolean awaitsMinister = underEvaluation && rating.awaitsMinister();
			if (awaitsCentral) {
				refused.add(new Refusal(id.toString(), product.name(), "certification.product.awaitsCentralResult", status));
				continue;
			}
			if (level == IssuingLevel.CENTRAL ? !(awaitsMinister || product.status() == ProductStatus.RATED)
					: product.status() != ProductStatus.RATED) {
				refused.add(new Refusal(id.toString(), product.name(), awaitsMinister
						? "certification.product.awaitsCentral" : "certification.product.notRated", status));
				continue;
			}
			int stars = awaitsMinister ? Certificate.MAX_STARS
					: level == IssuingLevel.CENTRAL && input.stars() != null ? input.stars()
					: product.stars() == null ? 0 : product.stars();
			if (stars < Certificate.MIN_STARS) {
				refused.add(new Refusal(id.toString(), product.name(), "certification.product.tooFewStars", status));
				continue;
			}
			Regulation regulation = authority.ratedUnder(product);
			var notAllowed = authority.mayNotDecide(authority.recognisingUnder(regulation, input.date()), level, stars,
					id.toString(), product.name(), status);
			if (notAllowed.isPresent()) {
				refused.add(notAllowed.get());
				continue;
			}
			Integer minScore = regulation.level(level.name()).map(Regulation.Level::minScore).orElse(null);
			if (minScore != null && (rating == null || rating.decisiveScore().compareTo(java.math.BigDecimal.valueOf(minScore)) < 0)) {
				refused.add(new Refusal(id.toString(), product.name(), "certification.level.belowMinScore", status,
						List.of(regulation.code(), level.name(), minScore, rating == null ? "" : rating.decisiveScore())));
				continue;
			}
			rules.put(id, regulation);
			starsOf.put(id, stars);
			if (rating != null) {
				rated.put(id, rating);
			}
		}
		if (refused.size() == 1 && ids.size() == 1 && CertificationAuthority.isLevelRefusal(refused.get(0))) {
			throw CertificationAuthority.refusal(refused.get(0));
		}
		if (!refused.isEmpty()) {
			throw refusedConflict("certification.issue.refused", refused);
		}
		Regulation first = rules.get(ids.get(0));
		Decision decision = decision(DecisionKind.RECOGNITION, input, user, level, first, null);
		List<CertificateView> issued = new ArrayList<>();
		for (UUID id : ids) {
			Ratings.Rating rating = rated.get(id);
			issued.add(issueOne(products.get(id), starsOf.get(id), rules.get(id), rating, decision, user, today));
		}
		return issued;
	}

	private CertificateView issueOne(ProductSummary product, int stars, Regulation regulation,
			Ratings.@Nullable Rating rating, Decision decision, CurrentUser user, LocalDate today) {
		int months = regulation.certificateValidityMonths() > 0 ? regulation.certificateValidityMonths()
				: DEFAULT_VALIDITY_MONTHS;
		LocalDate validUntil = decision.getDate().plusMonths(months).minusDays(1);
		String code = newCode(decision.getDate());
		var subject = new Certificate.Subject(product.id(), product.producerId(), product.name(), product.producerName(),
				product.communeCode(), product.unitDate(), Gtins.toGtin14(product.gtin()), regulation.code(),
				rating == null ? null : rating.decisiveScore());
		// a renewal: the certificate in force until now is replaced by the new one
		for (Certificate previous : certificates.findByProductIdOrderByIssuedAtDesc(product.id())) {
			if (previous.getStatus().inForce()) {
				previous.supersede(code, clock.instant(), user.username());
				certificates.save(previous);
				changed(previous);
			}
		}
		var certificate = new Certificate(code, subject, stars, decision, validUntil, photos.snapshot(product.id()), today,
				clock.instant(), user.username());
		certificates.save(certificate);
		if (product.status() == ProductStatus.UNDER_EVALUATION) {
			// passed on to the central council: its result arrives with the Minister's decision
			lifecycle.recordRating(product.id(), true, stars, user.username(), decisionNote(decision));
		}
		lifecycle.certify(product.id(), stars, user.username(), decisionNote(decision));
		if (certificate.getStatus() == CertificateStatus.EXPIRED) {
			lifecycle.expire(product.id(), user.username());
		}
		return view(certificate, today);
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

	// ---------------------------------------------------------------- downgrade and revocation

	/**
	 * Lowers the stars of a certificate in force by a decision (reason, number, date, legal basis); effective at
	 * once, the producer and the officers of the area are notified. 422 unless 3 ≤ stars < current stars.
	 */
	@Transactional
	public CertificateView downgrade(String code, int stars, NewDecision input) {
		CurrentUser user = access.user();
		IssuingLevel level = authority.level(user, input.level());
		LocalDate today = today();
		requireDecision(input, today, true);
		Certificate certificate = load(code);
		access.requireSee(user, certificate);
		Regulation regulation = authority.inForceOn(input.date(), certificate.getRegulationCode());
		var notAllowed = authority.mayNotDecide(regulation, level, certificate.getStars(), certificate.getCode(),
				certificate.getProductName(), certificate.getStatus().name());
		if (notAllowed.isPresent()) {
			throw CertificationAuthority.refusal(notAllowed.get());
		}
		Decision decision = decision(DecisionKind.DOWNGRADE, input, user, level, regulation, null);
		certificate.downgrade(stars, decision, clock.instant(), user.username());
		certificates.save(certificate);
		changed(certificate);
		if (isCurrent(certificate) && lifecycle.summary(certificate.getProductId()).status() == ProductStatus.CERTIFIED) {
			lifecycle.changeStars(certificate.getProductId(), stars);
		}
		notifyBoth(certificate, CertificateNotification.Kind.DOWNGRADED, null);
		return view(certificate, today);
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
		LocalDate today = today();
		requireDecision(input, today, true);
		Regulation regulation = authority.inForceOn(input.date());
		Decision.Ground ground = ground(regulation, input);
		List<String> wanted = codeList.stream().filter(Objects::nonNull).map(String::strip).distinct().toList();
		if (wanted.isEmpty()) {
			throw BusinessRuleException.unprocessable("certification.revoke.noCertificates");
		}
		Map<String, Certificate> found = new LinkedHashMap<>();
		List<Refusal> refused = new ArrayList<>();
		for (String raw : wanted) {
			String code = CertificateCodes.normalise(raw);
			Optional<Certificate> certificate = code.isEmpty() ? Optional.empty() : certificates.findByCode(code);
			if (certificate.isEmpty()) {
				refused.add(new Refusal(raw, null, "certification.certificate.notFound", null));
			}
			else if (certificate.get().getStatus() == CertificateStatus.REVOKED) {
				refused.add(new Refusal(raw, certificate.get().getProductName(), "certification.certificate.alreadyRevoked",
						CertificateStatus.REVOKED.name()));
			}
			else if (input.date().isBefore(certificate.get().getValidFrom())) {
				refused.add(new Refusal(raw, certificate.get().getProductName(), "certification.revoke.beforeIssue",
						certificate.get().getStatus().name()));
			}
			else if (!access.maySee(user, certificate.get())) {
				refused.add(new Refusal(raw, certificate.get().getProductName(), "certification.product.outsideUnit",
						certificate.get().getStatus().name()));
			}
			else {
				var notAllowed = authority.mayNotDecide(regulation, level, certificate.get().getStars(), raw,
						certificate.get().getProductName(), certificate.get().getStatus().name());
				if (notAllowed.isPresent()) {
					refused.add(notAllowed.get());
				}
				else {
					found.put(code, certificate.get());
				}
			}
		}
		if (refused.size() == 1 && wanted.size() == 1 && CertificationAuthority.isLevelRefusal(refused.get(0))) {
			throw CertificationAuthority.refusal(refused.get(0));
		}
		if (!refused.isEmpty()) {
			throw refusedConflict("certification.revoke.refused", refused);
		}
		Decision decision = decision(DecisionKind.REVOCATION, input, user, level, regulation, ground);
		List<CertificateView> revoked = new ArrayList<>();
		for (Certificate certificate : found.values()) {
			boolean current = isCurrent(certificate);
			certificate.revoke(decision, clock.instant(), user.username());
			certificates.save(certificate);
			changed(certificate);
			if (current && lifecycle.summary(certificate.getProductId()).status() == ProductStatus.CERTIFIED) {
				lifecycle.revoke(certificate.getProductId(), user.username(),
						Objects.requireNonNull(input.reason()).strip() + " (" + decisionNote(decision) + ")");
			}
			notifyBoth(certificate, CertificateNotification.Kind.REVOKED, null);
			revoked.add(view(certificate, today));
		}
		return revoked;
	}

	// ---------------------------------------------------------------- reading

	/** A certificate, for officers in scope and the producer's accounts. */
	@Transactional(readOnly = true)
	public CertificateView certificate(String code) {
		CurrentUser user = access.user();
		Certificate certificate = load(code);
		access.requireSee(user, certificate);
		return view(certificate, today());
	}

	/** A certificate's history, newest last. */
	@Transactional(readOnly = true)
	public List<CertificateChangeView> history(String code) {
		CurrentUser user = access.user();
		Certificate certificate = load(code);
		access.requireSee(user, certificate);
		List<CertificateChange> changes = certificate.history();
		Map<UUID, DecisionView> decided = decisionViews(changes.stream().map(CertificateChange::getDecisionId)
				.filter(Objects::nonNull).collect(Collectors.toSet()));
		return changes.stream().map(c -> c.toView(c.getDecisionId() == null ? null : decided.get(c.getDecisionId()))).toList();
	}

	/** The certificates of the products in the officer's area, filtered; the newest first, expiring ones by date. */
	@Transactional(readOnly = true)
	public List<CertificateView> certificates(CertificateFilter filter) {
		CurrentUser user = access.user();
		LocalDate today = today();
		List<Certificate> all;
		if (filter.expiringWithinDays() != null) {
			all = certificates.findByStatusInOrderByValidUntilAsc(IN_FORCE).stream()
					.filter(c -> !c.getValidUntil().isBefore(today)
							&& !c.getValidUntil().isAfter(today.plusDays(Math.max(0, filter.expiringWithinDays()))))
					.toList();
		}
		else {
			all = certificates.findAllByOrderByIssuedAtDesc();
		}
		BiPredicate<String, LocalDate> covers = access.coverage(user);
		Set<UUID> own = user.has(Role.PRODUCER) ? ownProducerIds(user) : Set.of();
		String q = filter.q() == null || filter.q().isBlank() ? null : fold(filter.q());
		List<Certificate> visible = all.stream()
				.filter(c -> own.contains(c.getProducerId()) || covers.test(c.getCommuneCode(), c.getUnitDate()))
				.filter(c -> filter.status() == null || c.statusOn(today) == filter.status())
				.filter(c -> q == null || fold(c.getProductName()).contains(q) || fold(c.getProducerName()).contains(q)
						|| c.getCode().contains(q.toUpperCase(Locale.ROOT)))
				.toList();
		return views(visible, today);
	}

	/** The certificates of the producers the signed-in account acts for. */
	@Transactional(readOnly = true)
	public List<CertificateView> mine() {
		CurrentUser user = access.user();
		Set<UUID> own = ownProducerIds(user);
		return own.isEmpty() ? List.of() : views(certificates.findByProducerIdInOrderByIssuedAtDesc(own), today());
	}

	/** Products RATED at 3★ or more in the officer's area (by the unit of the product at its date), waiting for the recognition decision. */
	@Transactional(readOnly = true)
	public List<ProductSummary> awaitingCertificate() {
		CurrentUser user = access.user();
		if (!CertificationAccess.isOfficer(user)) {
			return List.of();
		}
		BiPredicate<String, LocalDate> covers = access.coverage(user);
		return registry.allProducts(new ProductFilter(null, ProductStatus.RATED, null, null, null, null, null), 2000)
				.stream().filter(p -> p.stars() != null && p.stars() >= Certificate.MIN_STARS)
				.filter(p -> covers.test(p.communeCode(), p.unitDate())).toList();
	}

	/**
	 * The signed-in user's in-app notices: for a producer account those of its producers' certificates, for an
	 * officer those of the certificates in its area; newest first.
	 */
	@Transactional(readOnly = true)
	public List<NotificationView> notifications(int limit) {
		CurrentUser user = access.user();
		List<CertificateNotification> result = new ArrayList<>();
		if (user.has(Role.PRODUCER)) {
			Set<UUID> own = ownProducerIds(user);
			if (!own.isEmpty()) {
				result.addAll(notifications.findByAudienceAndProducerIdInOrderByCreatedAtDesc(
						CertificateNotification.Audience.PRODUCER.name(), own, Limit.of(limit)));
			}
		}
		if (CertificationAccess.isOfficer(user)) {
			BiPredicate<String, LocalDate> covers = access.coverage(user);
			notifications.findByAudienceOrderByCreatedAtDesc(CertificateNotification.Audience.OFFICE.name(),
					Limit.of(NOTIFICATION_SCAN)).stream()
					.filter(n -> covers.test(n.getCommuneCode(), n.getUnitDate()))
					.limit(limit)
					.forEach(result::add);
		}
		return result.stream().map(CertificateNotification::toView)
				.sorted((a, b) -> b.createdAt().compareTo(a.createdAt())).limit(limit).toList();
	}

	/**
	 * Whether the signed-in user records decisions: the officers of a People's Committee whose level recognises some
	 * stars under one of the regulations (the province; the district under 148/QĐ-TTg; never the commune).
	 */
	public boolean mayDecide() {
		Set<IssuingLevel> levels = IssuingLevel.recordableBy(access.user());
		return criteria.regulations().stream().flatMap(r -> r.levels().stream())
				.anyMatch(l -> "RECOGNISE".equals(l.role()) && levels.contains(IssuingLevel.valueOf(l.level())));
	}

	/**
	 * Products of 90 points or more that the provincial council passed on to the central council: they wait, under
	 * evaluation, for the Minister's decision, which the provincial office records (only the office sees them).
	 */
	@Transactional(readOnly = true)
	public List<ProductSummary> awaitingCentralDecision() {
		CurrentUser user = access.user();
		if (!user.has(Role.PROVINCE_ADMIN)) {
			return List.of();
		}
		return registry.allProducts(new ProductFilter(null, ProductStatus.UNDER_EVALUATION, null, null, null, null, null),
				2000).stream().filter(p -> access.covers(user, p.communeCode(), p.unitDate()))
				.filter(p -> ratings.latest(p.id()).map(Ratings.Rating::awaitsMinister).orElse(false)).toList();
	}

	/**
	 * Products passed on to the central council whose result has not been recorded yet: nobody recognises them
	 * before it arrives (only the office sees them; it records the result on the product's results page).
	 */
	@Transactional(readOnly = true)
	public List<ProductSummary> awaitingCentralResult() {
		CurrentUser user = access.user();
		if (!user.has(Role.PROVINCE_ADMIN)) {
			return List.of();
		}
		return registry.allProducts(new ProductFilter(null, ProductStatus.UNDER_EVALUATION, null, null, null, null, null),
				2000).stream().filter(p -> access.covers(user, p.communeCode(), p.unitDate()))
				.filter(p -> ratings.latest(p.id()).map(Ratings.Rating::awaitsCentral).orElse(false)).toList();
	}

	/** The levels whose decisions the signed-in user may record (the province also records the central ones). */
	public List<IssuingLevel> levels() {
		return java.util.Arrays.stream(IssuingLevel.values()).filter(IssuingLevel.recordableBy(access.user())::contains)
				.toList();
	}

	/**
	 * Whether the signed-in user may downgrade or revoke the certificate today: by the regulation in force, one of
	 * the levels it records recognises the certificate's stars (the pages show the forms only then).
	 */
	@Transactional(readOnly = true)
	public boolean mayDecideOn(String code) {
		CurrentUser user = access.user();
		Certificate certificate = load(code);
		if (!access.maySee(user, certificate) || !certificate.getStatus().inForce()) {
			return false;
		}
		Regulation regulation = authority.inForceOn(today(), certificate.getRegulationCode());
		return IssuingLevel.recordableBy(user).stream().anyMatch(level -> authority.mayNotDecide(regulation, level,
				certificate.getStars(), code, null, null).isEmpty());
	}

	/** A decision with the certificates it recognised, downgraded or revoked (anyone who may see one of them). */
	@Transactional(readOnly = true)
	public DecisionDocument decision(UUID id) {
		CurrentUser user = access.user();
		Decision decision = decisions.findById(id)
				.orElseThrow(() -> new NotFoundException("certification.decision.notFound", id));
		List<Certificate> listed = certificates.findByDecision(id);
		if (listed.stream().noneMatch(c -> access.maySee(user, c))) {
			throw new NotFoundException("certification.decision.notFound", id);
		}
		LocalDate today = today();
		List<DecisionDocument.Line> lines = listed.stream().map(c -> new DecisionDocument.Line(c.getCode(),
				c.getProductName(), c.getProducerName(), address(c), c.getIssuedStars(), c.getStars(), c.getScore(),
				c.getRegulationCode(), c.statusOn(today))).toList();
		return new DecisionDocument(decision.toView(), lines);
	}

	/** The decision as the signed PDF: header, articles, signature block, and the annex of products. */
	@Transactional(readOnly = true)
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

	// ---------------------------------------------------------------- documents

	/** The certificate as a PDF (officers in scope and the producer's accounts). */
	public byte[] pdf(String code) {
		CurrentUser user = access.user();
		Certificate certificate = load(code);
		access.requireSee(user, certificate);
		CertificateView view = view(certificate, today());
		long months = ChronoUnit.MONTHS.between(certificate.getValidFrom(), certificate.getValidUntil().plusDays(1));
		return pdf.render(view, certificate.getVersion(), new CertificatePdf.Extras(address(certificate),
				links.qrContent(certificate), links.verify(certificate.getCode()), (int) months, settings.provinceOrDefault()));
	}

	/** The OCOP label as SVG; only for a certificate in force (409 otherwise). */
	public String labelSvg(String code) {
		return labels.svg(labelContent(code));
	}

	/** The OCOP label as PNG; only for a certificate in force (409 otherwise). */
	public byte[] labelPng(String code) {
		return labels.png(labelContent(code));
	}

	private OcopLabel.Content labelContent(String code) {
		CurrentUser user = access.user();
		Certificate certificate = load(code);
		access.requireSee(user, certificate);
		CertificateStatus status = certificate.statusOn(today());
		if (!status.inForce()) {
			throw new BusinessRuleException(BusinessRuleException.Kind.CONFLICT, Map.of("currentStatus", status.name()),
					"certification.label.notInForce", certificate.getCode(), status.name());
		}
		return new OcopLabel.Content(certificate.getCode(), certificate.getStars(), certificate.getValidUntil(),
				links.qrContent(certificate));
	}

	// ---------------------------------------------------------------- used by the expiry job

	void notifyBoth(Certificate certificate, CertificateNotification.Kind kind, @Nullable Integer daysBefore,
			Object... extra) {
		var now = clock.instant();
		notifications.save(new CertificateNotification(certificate, CertificateNotification.Audience.PRODUCER, kind, daysBefore, now));
		notifications.save(new CertificateNotification(certificate, CertificateNotification.Audience.OFFICE, kind, daysBefore, now));
		// in-app and e-mail to the producer's accounts and the officers responsible for the commune
		Set<String> readers = new LinkedHashSet<>(lifecycle.producer(certificate.getProducerId()).accounts());
		readers.addAll(users.usernamesCovering(certificate.getCommuneCode(), certificate.getUnitDate(),
				Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER, Role.COMMUNE_OFFICER));
		String validUntil = certificate.getValidUntil().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		notices.send(Notice.to(readers, "certification." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'),
				"certification.notice." + kind.name(), "/certification/" + certificate.getCode(),
				notice(certificate, daysBefore, validUntil, extra)));
	}

	private static Object[] notice(Certificate certificate, @Nullable Integer daysBefore, String validUntil,
			Object... extra) {
		List<Object> arguments = new ArrayList<>(List.of(certificate.getCode(), certificate.getProductName(),
				daysBefore == null ? "" : daysBefore, validUntil, certificate.getStars()));
		arguments.addAll(List.of(extra));
		return arguments.toArray();
	}

	/** The public page shows the change from the next scan on. */
	void changed(Certificate certificate) {
		verificationCache.evictAfterCommit(certificate.getCode());
	}

	/** Whether the certificate is the product's latest (the one the product's status in the registry reflects). */
	boolean isCurrent(Certificate certificate) {
		return certificates.findByProductIdOrderByIssuedAtDesc(certificate.getProductId()).stream().findFirst()
				.map(latest -> latest.getId().equals(certificate.getId())).orElse(false);
	}

	String address(Certificate certificate) {
		List<Unit> lineage = geography.lineage(certificate.getCommuneCode(), certificate.getUnitDate());
		return lineage.isEmpty() ? certificate.getCommuneCode()
				: lineage.stream().map(Unit::name).collect(Collectors.joining(", "));
	}

	// ---------------------------------------------------------------- helpers

	private Certificate load(String code) {
		String normalised = CertificateCodes.normalise(code);
		return (normalised.isEmpty() ? Optional.<Certificate>empty() : certificates.findByCode(normalised))
				.orElseThrow(() -> new NotFoundException("certification.certificate.notFound", code));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private Set<UUID> ownProducerIds(CurrentUser user) {
		if (!user.has(Role.PRODUCER)) {
			return Set.of();
		}
		return registry.producersManagedBy(user.username()).stream().map(ProducerSummary::id).collect(Collectors.toSet());
	}

	private static void requireDecision(NewDecision input, LocalDate today, boolean reasonRequired) {
		if (input.number() == null || input.number().isBlank()) {
			throw BusinessRuleException.unprocessable("certification.decision.numberRequired");
		}
		if (input.date() == null) {
			throw BusinessRuleException.unprocessable("certification.decision.dateRequired");
		}
		if (input.date().isAfter(today)) {
			throw BusinessRuleException.unprocessable("certification.decision.future", input.date(), today);
		}
		if (reasonRequired && (input.reason() == null || input.reason().isBlank())) {
			throw BusinessRuleException.unprocessable("certification.decision.reasonRequired");
		}
	}

	/**
	 * The decision with this number: recorded now, with the authority and signature block of the level, or the one
	 * recorded before with the same date and level.
	 */
	private Decision decision(DecisionKind kind, NewDecision input, CurrentUser user, IssuingLevel level,
			Regulation regulation, Decision.@Nullable Ground ground) {
		String number = input.number().strip();
		Optional<Decision> existing = decisions.findByKindAndNumber(kind, number);
		if (existing.isPresent()) {
			if (!existing.get().sameAs(input.date()) || !existing.get().takenAt(level)) {
				throw BusinessRuleException.conflict("certification.decision.numberTaken", number, existing.get().getDate());
			}
			return existing.get();
		}
		SignerCapacity capacity = input.capacity() == null ? SignerCapacity.DEPUTY : input.capacity();
		Decision.Issuer issuer = authority.issuer(level, user, input.date(), regulation, capacity);
		String body = input.authority() == null || input.authority().isBlank() ? issuer.authority()
				: input.authority().strip();
		return decisions.save(new Decision(kind, number, input.date(), input.signer(), body, input.reason(),
				input.legalBasis(), issuer, ground, clock.instant(), user.username()));
	}

	/**
	 * The legal ground a revocation names, from the regulation in force on its day (26/2026/QĐ-TTg Điều 8: six
	 * grounds, the decision reaching the producer within 15 days of the conclusion). 422 without one, with one the
	 * regulation does not list, or without the legal basis a ground needs spelled out.
	 */
	private Decision.Ground ground(Regulation regulation, NewDecision input) {
		Regulation.Revocation rules = regulation.revocation();
		if (input.groundCode() == null || input.groundCode().isBlank()) {
			throw BusinessRuleException.unprocessable("certification.revoke.groundRequired", regulation.code());
		}
		Regulation.Ground ground = rules == null ? null : rules.ground(input.groundCode().strip()).orElse(null);
		if (ground == null) {
			throw BusinessRuleException.unprocessable("certification.revoke.groundUnknown", input.groundCode(),
					regulation.code());
		}
		if (ground.legalBasisRequired() && (input.legalBasis() == null || input.legalBasis().isBlank())) {
			throw BusinessRuleException.unprocessable("certification.revoke.legalBasisRequired", ground.text());
		}
		LocalDate established = input.groundsEstablishedOn();
		if (established != null && established.isAfter(input.date())) {
			throw BusinessRuleException.unprocessable("certification.revoke.groundsAfterDecision", established, input.date());
		}
		LocalDate deliverBy = established == null || rules.deliverWithinDays() == null ? null
				: established.plusDays(rules.deliverWithinDays());
		return new Decision.Ground(ground.code(), ground.text(), established, deliverBy);
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

	private static String decisionNote(Decision decision) {
		return "QĐ " + decision.getNumber() + " ngày " + decision.getDate();
	}

	private static BusinessRuleException refusedConflict(String messageCode, List<Refusal> refused) {
		return new BusinessRuleException(BusinessRuleException.Kind.CONFLICT, Map.of("refused", refused), messageCode,
				refused.size(), refused.stream().map(r -> r.name() == null ? r.item() : r.name()).collect(Collectors.joining(", ")));
	}

	CertificateView view(Certificate certificate, LocalDate today) {
		return views(List.of(certificate), today).get(0);
	}

	private List<CertificateView> views(Collection<Certificate> list, LocalDate today) {
		Set<UUID> ids = new java.util.HashSet<>();
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

	private Map<UUID, DecisionView> decisionViews(Collection<UUID> ids) {
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
