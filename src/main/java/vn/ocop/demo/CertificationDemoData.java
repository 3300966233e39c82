package vn.ocop.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ocop.certification.CertificationManagement;
import vn.ocop.certification.NewDecision;
import vn.ocop.criteria.CriteriaApi;
import vn.ocop.criteria.Scorecard;
import vn.ocop.evaluation.Attendance;
import vn.ocop.evaluation.AttendanceStatus;
import vn.ocop.evaluation.CouncilLevel;
import vn.ocop.evaluation.EvaluationManagement;
import vn.ocop.evaluation.MemberRole;
import vn.ocop.evaluation.NewCouncil;
import vn.ocop.registry.ProductFilter;
import vn.ocop.registry.ProductStatus;
import vn.ocop.registry.RegistryManagement;

/**
 * The demo's certified products: the submitted fresh-produce products of the 2019 cycle (the product set whose
 * national scorecard ships, 1048-01) go before the provincial council, whose five members score them on the real
 * scorecard; the chair closes the session and the province recognises the rated ones by decisions whose dates are
 * computed from the clock: one in December 2019 (its certificate has long expired: history), one 45 days short of
 * the 36 months of validity (it falls due soon, so that the reminders and the "expiring soon" list have something to
 * show) and one eight months ago.
 */
@Component
class CertificationDemoData {

	private static final Logger log = LoggerFactory.getLogger(CertificationDemoData.class);
	private static final String[] MEMBERS = { "council1", "council2", "council3", "council4", "council5" };

	/** Demo product → the total every member gives it, and the recognition decision (its date from today). */
	record Rating(String productName, int total, String decisionNumber, Function<LocalDate, LocalDate> decisionDate) {
	}

	static final List<Rating> RATINGS = List.of(
			new Rating("Cam Vũ Quang", 78, "1530/QĐ-UBND", today -> today.minusMonths(8)),
			new Rating("Bưởi Phúc Trạch", 84, "120/QĐ-UBND", today -> today.minusMonths(36).plusDays(45)),
			new Rating("Cam bù Hương Sơn", 64, "3620/QĐ-UBND", today -> LocalDate.of(RegistryDemoData.YEAR, 12, 20)));

	private final RegistryManagement registry;
	private final EvaluationManagement evaluation;
	private final CertificationManagement certification;
	private final CriteriaApi criteria;
	private final TransactionTemplate transaction;
	private final Clock clock;

	CertificationDemoData(RegistryManagement registry, EvaluationManagement evaluation,
			CertificationManagement certification, CriteriaApi criteria, PlatformTransactionManager transactions,
			Clock clock) {
		this.clock = clock;
		this.registry = registry;
		this.evaluation = evaluation;
		this.certification = certification;
		this.criteria = criteria;
		this.transaction = new TransactionTemplate(transactions);
	}

	@EventListener(DemoDataCreated.class)
	@Order(10)
	void create() {
		Scorecard scorecard = criteria.scorecard("1048-01").orElse(null);
		if (scorecard == null) {
			log.warn("Demo mode: scorecard 1048-01 missing, no certified demo products");
			return;
		}
		transaction.executeWithoutResult(status -> certify(scorecard));
	}

	private void certify(Scorecard scorecard) {
		Map<UUID, Rating> products = new LinkedHashMap<>();
		for (Rating rating : RATINGS) {
			UUID id = findSubmitted(rating.productName());
			if (id != null) {
				products.put(id, rating);
			}
		}
		if (products.isEmpty()) {
			return;
		}
		var council = DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> evaluation.createCouncil(new NewCouncil(
				CouncilLevel.PROVINCE, DemoData.HA_TINH, RegistryDemoData.YEAR,
				"Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh năm 2019",
				List.of(new NewCouncil.Member("council1", MemberRole.CHAIR),
						new NewCouncil.Member("council2", MemberRole.STANDING_VICE_CHAIR),
						new NewCouncil.Member("council3", MemberRole.MEMBER),
						new NewCouncil.Member("council4", MemberRole.MEMBER),
						new NewCouncil.Member("council5", MemberRole.EXPERT)))));
		var session = DemoSecurity.as("admin", "PROVINCE_ADMIN",
				() -> evaluation.open(council.id(), new ArrayList<>(products.keySet())));
		DemoSecurity.as("council1", "COUNCIL_MEMBER", () -> evaluation.recordAttendance(session.id(),
				java.util.Arrays.stream(MEMBERS).map(m -> new Attendance(m, AttendanceStatus.PRESENT, null)).toList()));
		products.forEach((product, rating) -> {
			Map<String, @Nullable Integer> picks = new LinkedHashMap<>(picksFor(scorecard, rating.total()));
			for (String member : MEMBERS) {
				DemoSecurity.as(member, "COUNCIL_MEMBER", () -> evaluation.save(session.id(), product, picks, true));
			}
		});
		DemoSecurity.as("council1", "COUNCIL_MEMBER", () -> evaluation.close(session.id()));
		products.forEach((product, rating) -> DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> certification.issue(
				product, NewDecision.recognition(rating.decisionNumber(), rating.decisionDate().apply(LocalDate.now(clock)),
				"Đặng Ngọc Sơn", null))));
		log.info("Demo mode: {} products rated by the provincial council and certified", products.size());
	}

	private @Nullable UUID findSubmitted(String name) {
		return DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> registry.products(
				new ProductFilter(null, ProductStatus.SUBMITTED, RegistryDemoData.YEAR, null, null, null, null),
				org.springframework.data.domain.PageRequest.of(0, 200)).stream()
				.filter(p -> p.name().equals(name)).map(p -> p.id()).findFirst().orElse(null));
	}

	/**
	 * Picks that add up to exactly {@code total}: the best option everywhere, then, criterion by criterion, the
	 * option that takes off as much of the remaining difference as possible.
	 */
	static Map<String, Integer> picksFor(Scorecard scorecard, int total) {
		Map<String, Integer> picks = new LinkedHashMap<>();
		int remaining = scorecard.maxPoints() - total;
		for (Scorecard.Criterion criterion : scorecard.criteria().toList()) {
			int max = criterion.maxPoints();
			// a "one of two cases" criterion: the options of the first case (enterprises, cooperatives)
			List<Scorecard.Option> offered = criterion.optionsOfCase(1);
			Scorecard.Option chosen = offered.stream().filter(o -> o.points() == max).findFirst().orElseThrow();
			for (Scorecard.Option option : offered) {
				int cut = max - option.points();
				if (cut <= remaining && cut > max - chosen.points()) {
					chosen = option;
				}
			}
			remaining -= max - chosen.points();
			picks.put(criterion.code(), chosen.code());
		}
		if (remaining != 0) {
			throw new IllegalArgumentException("Cannot reach " + total);
		}
		return picks;
	}
}
