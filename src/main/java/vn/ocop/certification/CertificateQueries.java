package vn.ocop.certification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.criteria.CriteriaApi;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.registry.ProductFilter;
import vn.ocop.registry.ProductStatus;
import vn.ocop.registry.ProductSummary;
import vn.ocop.registry.RegistryManagement;
import vn.ocop.shared.Stars;
import vn.ocop.geography.UnitAt;

/**
 * What officers and producers work from: a certificate and its history, the certificates of an area (filtered,
 * "expiring soon"), a producer's own, the products waiting for a recognition decision or for the central council,
 * the in-app notices, and which decisions the signed-in user may record. Reads only.
 */
@Service
@Transactional(readOnly = true)
public class CertificateQueries {

	private static final int NOTIFICATION_SCAN = 500;
	private static final int PRODUCT_SCAN = 2000;

	private final Certificates certificates;
	private final CertificateNotifications notifications;
	private final CertificateRecords records;
	private final CertificationAccess access;
	private final RegistryManagement registry;
	private final CriteriaApi criteria;
	private final Ratings ratings;

	CertificateQueries(Certificates certificates, CertificateNotifications notifications, CertificateRecords records,
			CertificationAccess access, RegistryManagement registry, CriteriaApi criteria, Ratings ratings) {
		this.certificates = certificates;
		this.notifications = notifications;
		this.records = records;
		this.access = access;
		this.registry = registry;
		this.criteria = criteria;
		this.ratings = ratings;
	}

	/** A certificate, for officers in scope and the producer's accounts. */
	public CertificateView certificate(String code) {
		CurrentUser user = access.user();
		Certificate certificate = records.load(code);
		access.requireSee(user, certificate);
		return records.view(certificate, records.today());
	}

	/** A certificate's history, newest last. */
	public List<CertificateChangeView> history(String code) {
		CurrentUser user = access.user();
		Certificate certificate = records.load(code);
		access.requireSee(user, certificate);
		List<CertificateChange> changes = certificate.history();
		Map<UUID, DecisionView> decided = records.decisionViews(changes.stream().map(CertificateChange::getDecisionId)
				.filter(Objects::nonNull).collect(Collectors.toSet()));
		return changes.stream().map(c -> c.toView(c.getDecisionId() == null ? null : decided.get(c.getDecisionId())))
				.toList();
	}

	/** The certificates of the products in the officer's area, filtered; the newest first, expiring ones by date. */
	public List<CertificateView> certificates(CertificateFilter filter) {
		CurrentUser user = access.user();
		LocalDate today = records.today();
		List<Certificate> all;
		if (filter.expiringWithinDays() != null) {
			all = certificates.findByStatusInOrderByValidUntilAsc(CertificateRecords.IN_FORCE).stream()
					.filter(c -> !c.getValidUntil().isBefore(today)
							&& !c.getValidUntil().isAfter(today.plusDays(Math.max(0, filter.expiringWithinDays()))))
					.toList();
		}
		else {
			all = certificates.findAllByOrderByIssuedAtDesc();
		}
		Predicate<UnitAt> covers = access.coverage(user);
		Set<UUID> own = records.ownProducerIds(user);
		String q = filter.q() == null || filter.q().isBlank() ? null : CertificateRecords.fold(filter.q());
		List<Certificate> visible = all.stream()
				.filter(c -> own.contains(c.getProducerId()) || covers.test(c.getUnitAt()))
				.filter(c -> filter.status() == null || c.statusOn(today) == filter.status())
				.filter(c -> q == null || CertificateRecords.fold(c.getProductName()).contains(q)
						|| CertificateRecords.fold(c.getProducerName()).contains(q)
						|| c.getCode().contains(q.toUpperCase(Locale.ROOT)))
				.toList();
		return records.views(visible, today);
	}

	/** The certificates of the producers the signed-in account acts for. */
	public List<CertificateView> mine() {
		Set<UUID> own = records.ownProducerIds(access.user());
		return own.isEmpty() ? List.of()
				: records.views(certificates.findByProducerIdInOrderByIssuedAtDesc(own), records.today());
	}

	/** Products RATED at 3★ or more in the officer's area (by the unit of the product at its date), waiting for the recognition decision. */
	public List<ProductSummary> awaitingCertificate() {
		CurrentUser user = access.user();
		if (!CertificationAccess.isOfficer(user)) {
			return List.of();
		}
		Predicate<UnitAt> covers = access.coverage(user);
		return products(ProductStatus.RATED).stream().filter(p -> Stars.isCertifiable(p.stars()))
				.filter(p -> covers.test(p.unitAt())).toList();
	}

	/**
	 * Products of 90 points or more that the provincial council passed on to the central council: they wait, under
	 * evaluation, for the Minister's decision, which the provincial office records (only the office sees them).
	 */
	public List<ProductSummary> awaitingCentralDecision() {
		return passedOnToCentral(Ratings.Rating::awaitsMinister);
	}

	/**
	 * Products passed on to the central council whose result has not been recorded yet: nobody recognises them
	 * before it arrives (only the office sees them; it records the result on the product's results page).
	 */
	public List<ProductSummary> awaitingCentralResult() {
		return passedOnToCentral(Ratings.Rating::awaitsCentral);
	}

	private List<ProductSummary> passedOnToCentral(Predicate<Ratings.Rating> waiting) {
		CurrentUser user = access.user();
		if (!user.has(Role.PROVINCE_ADMIN)) {
			return List.of();
		}
		return products(ProductStatus.UNDER_EVALUATION).stream()
				.filter(p -> access.covers(user, p.unitAt()))
				.filter(p -> ratings.latest(p.id()).map(waiting::test).orElse(false)).toList();
	}

	private List<ProductSummary> products(ProductStatus status) {
		return registry.allProducts(new ProductFilter(null, status, null, null, null, null, null), PRODUCT_SCAN);
	}

	/**
	 * The signed-in user's in-app notices: for a producer account those of its producers' certificates, for an
	 * officer those of the certificates in its area; newest first.
	 */
	public List<NotificationView> notifications(int limit) {
		CurrentUser user = access.user();
		List<CertificateNotification> result = new ArrayList<>();
		if (user.has(Role.PRODUCER)) {
			Set<UUID> own = records.ownProducerIds(user);
			if (!own.isEmpty()) {
				result.addAll(notifications.findByAudienceAndProducerIdInOrderByCreatedAtDesc(
						CertificateNotification.Audience.PRODUCER.name(), own, Limit.of(limit)));
			}
		}
		if (CertificationAccess.isOfficer(user)) {
			Predicate<UnitAt> covers = access.coverage(user);
			notifications.findByAudienceOrderByCreatedAtDesc(CertificateNotification.Audience.OFFICE.name(),
					Limit.of(NOTIFICATION_SCAN)).stream()
					.filter(n -> covers.test(n.getUnitAt()))
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

	/** The levels whose decisions the signed-in user may record (the province also records the central ones). */
	public List<IssuingLevel> levels() {
		return Arrays.stream(IssuingLevel.values()).filter(IssuingLevel.recordableBy(access.user())::contains).toList();
	}
}
