package vn.ocop.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ocop.certification.CertificationManagement;
import vn.ocop.certification.IssuingLevel;
import vn.ocop.certification.NewDecision;
import vn.ocop.certification.SignerCapacity;
import vn.ocop.criteria.CriteriaApi;
import vn.ocop.criteria.Scorecard;
import vn.ocop.evaluation.CouncilLevel;
import vn.ocop.evaluation.EvaluationManagement;
import vn.ocop.evaluation.MemberRole;
import vn.ocop.evaluation.NewCouncil;
import vn.ocop.evaluation.Outcome;
import vn.ocop.evaluation.SessionResults;
import vn.ocop.registry.CycleView;
import vn.ocop.registry.ProducerFilter;
import vn.ocop.registry.ProductDetails;
import vn.ocop.registry.RegistrationType;
import vn.ocop.registry.RegistryManagement;

/**
 * Recognitions of this year's cycle under Decision 26/2026/QĐ-TTg, signed by the level the decision names: two
 * ornamental orange products of HTX Cam Vũ Quang (set 24, whose 26/2026 scorecard ships) are filed with the commune,
 * scored by the provincial council; the one ranked 3★–4★ is recognised by the Chair of the provincial People's
 * Committee (a vice-chair signing for him: TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH), the one of 90 points or
 * more goes to the central council and its 5★ certificate comes with the Minister's decision (KT. BỘ TRƯỞNG / THỨ
 * TRƯỞNG), recorded by the provincial office. A community tourism product of the cooperative (set 26, also
 * transcribed) is scored in the same session and waits for its recognition. Dates from the clock; nothing here stops
 * the application from starting.
 */
@Component
class AuthorityDemoData {

	private static final Logger log = LoggerFactory.getLogger(AuthorityDemoData.class);
	static final String REGULATION = "26/2026/QĐ-TTg";
	static final String SET = "26-2026-24";
	static final String PRODUCER = "3001234561";
	private static final String[] MEMBERS = { "council1", "council2", "council3", "council4", "council5" };

	/**
	 * A demo product of a set whose 26/2026 scorecard ships, the total every member gives it and the decision that
	 * recognises it ({@code null}: scored, its recognition still to be decided — on the office's work list).
	 */
	record Recognition(String name, String set, String description, String packaging, String unit, long priceVnd,
			int total, @Nullable String decisionNumber, int daysAgo, @Nullable String signer) {
	}

	/** The community tourism set (26-2026-26), scored under 26/2026 beside the ornamental plants. */
	static final String TOURISM = "26-2026-26";

	static final List<Recognition> PRODUCTS = List.of(
			new Recognition("Cây cam cảnh Vũ Quang", SET, "Cây cam chanh ghép trồng chậu sứ, tạo dáng trục, chơi Tết, cao 1,2–1,6 m.",
					"Chậu sứ, có thẻ truy xuất", "cây", 2_500_000L, 74, "2987/QĐ-UBND", 5, "Nguyễn Văn Hưng"),
			new Recognition("Cam bonsai Vũ Quang", SET, "Cam chanh bonsai dáng trực, tuổi cây trên 10 năm, chậu gốm Bát Tràng.",
					"Chậu sứ, có thẻ truy xuất", "cây", 2_500_000L, 95, "4512/QĐ-BNNMT", 1, "Trần Thanh Nam"),
			new Recognition("Du lịch cộng đồng vườn cam Mai Hoa", TOURISM,
					"Một ngày ở vườn cam đồi: hái cam, nấu cơm với nông hộ, nghỉ homestay nhà gỗ, đi bộ tới đập Ngàn Trươi.",
					"—", "khách", 450_000L, 72, null, 0, null));

	private final RegistryManagement registry;
	private final EvaluationManagement evaluation;
	private final CertificationManagement certification;
	private final CriteriaApi criteria;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final vn.ocop.evaluation.CentralCouncil centralCouncil;

	AuthorityDemoData(RegistryManagement registry, EvaluationManagement evaluation, CertificationManagement certification,
			CriteriaApi criteria, PlatformTransactionManager transactions, Clock clock,
			vn.ocop.evaluation.CentralCouncil centralCouncil) {
		this.centralCouncil = centralCouncil;
		this.registry = registry;
		this.evaluation = evaluation;
		this.certification = certification;
		this.criteria = criteria;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@EventListener(DemoDataCreated.class)
	@Order(9)
	void create() {
		LocalDate today = LocalDate.now(clock);
		Scorecard scorecard = criteria.scorecard(SET).orElse(null);
		Map<String, Scorecard> scorecards = new java.util.HashMap<>();
		PRODUCTS.forEach(r -> criteria.scorecard(r.set()).ifPresent(s -> scorecards.put(r.set(), s)));
		CycleView cycle = DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> registry.cycles().stream()
				.filter(c -> c.year() == today.getYear()).findFirst().orElse(null));
		if (scorecard == null || cycle == null || !REGULATION.equals(criteria.ruleFor(today,
				vn.ocop.criteria.DossierType.FIRST).regulation().code())) {
			log.info("Demo mode: no recognitions under {} (scorecard or cycle missing)", REGULATION);
			return;
		}
		try {
			transaction.executeWithoutResult(status -> recognise(today, cycle.year(), scorecards));
		}
		catch (RuntimeException e) {
			log.warn("Demo mode: the recognitions under {} could not be created: {}", REGULATION, e.toString());
		}
	}

	private void recognise(LocalDate today, int year, Map<String, Scorecard> scorecards) {
		UUID producer = DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> registry.producers(ProducerFilter.none(),
				PageRequest.of(0, 200)).stream().filter(p -> PRODUCER.equals(p.registrationNumber())).map(p -> p.id())
				.findFirst().orElse(null));
		if (producer == null) {
			return;
		}
		Map<UUID, Recognition> products = new LinkedHashMap<>();
		for (Recognition r : PRODUCTS) {
			if (!scorecards.containsKey(r.set())) {
				continue;
			}
			UUID id = DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> registry.registerProduct(producer,
					new ProductDetails(r.name(), r.set(), CurrentCycleDemoData.MAI_HOA, RegistrationType.NEW_PRODUCT,
							r.description(), null, r.packaging(), "—", r.unit(), r.priceVnd(), null, null),
					year).id());
			DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> registry.decideSelection(id, true,
					"Sản phẩm cây cảnh từ giống cam địa phương, có thị trường dịp Tết."));
			DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> registry.documentTypes(REGULATION)).stream()
					.filter(t -> t.required()).forEach(t -> upload(id, t.code()));
			DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> registry.submit(id));
			products.put(id, r);
		}
		var council = DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> evaluation.createCouncil(new NewCouncil(
				CouncilLevel.PROVINCE, DemoData.HA_TINH, year,
				"Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh năm " + year + " (Quyết định 26/2026/QĐ-TTg)",
				List.of(new NewCouncil.Member("council1", MemberRole.CHAIR),
						new NewCouncil.Member("council2", MemberRole.STANDING_VICE_CHAIR),
						new NewCouncil.Member("council3", MemberRole.MEMBER),
						new NewCouncil.Member("council4", MemberRole.MEMBER),
						new NewCouncil.Member("council5", MemberRole.EXPERT)))));
		var session = DemoSecurity.as("admin", "PROVINCE_ADMIN",
				() -> evaluation.open(council.id(), new ArrayList<>(products.keySet())));
		// the council's procedure as recorded: who attended, then the scorecard's disqualifiers checked per product
		DemoSecurity.as("council1", "COUNCIL_MEMBER", () -> evaluation.recordAttendance(session.id(),
				java.util.Arrays.stream(MEMBERS).map(m -> new vn.ocop.evaluation.Attendance(m,
						vn.ocop.evaluation.AttendanceStatus.PRESENT, null)).toList()));
		products.keySet().forEach(product -> DemoSecurity.as("council1", "COUNCIL_MEMBER",
				() -> evaluation.checkDisqualifiers(session.id(), product, false, null)));
		products.forEach((product, r) -> {
			Map<String, @Nullable Integer> picks = new LinkedHashMap<>(
					CertificationDemoData.picksFor(scorecards.get(r.set()), r.total()));
			for (String member : MEMBERS) {
				DemoSecurity.as(member, "COUNCIL_MEMBER", () -> evaluation.save(session.id(), product, picks, true));
			}
		});
		SessionResults results = DemoSecurity.as("council1", "COUNCIL_MEMBER", () -> evaluation.close(session.id()));
		int recognised = 0;
		for (SessionResults.Result result : results.results()) {
			Recognition r = products.get(result.productId());
			boolean central = result.outcome() == Outcome.ESCALATED && result.escalatedTo() == CouncilLevel.CENTRAL;
			if (r == null || r.decisionNumber() == null || (result.outcome() != Outcome.RATED && !central)) {
				continue;
			}
			String number = r.decisionNumber();
			if (central) {
				// the central council's result arrives first; the Minister's 5★ recognition follows from it
				DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> centralCouncil.record(result.productId(),
						new vn.ocop.evaluation.CentralCouncil.NewResult(result.score(), 5, today,
								"BB-HĐTW/" + number)));
			}
			NewDecision decision = new NewDecision(number, today.minusDays(r.daysAgo()), r.signer(), null,
					null, null, central ? IssuingLevel.CENTRAL : IssuingLevel.PROVINCE, SignerCapacity.DEPUTY,
					central ? 5 : null, null, null);
			DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> certification.issue(result.productId(), decision));
			recognised++;
		}
		log.info("Demo mode: {} products recognised under {} by the province and the Minister", recognised, REGULATION);
	}

	private void upload(UUID id, String type) {
		DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> {
			try {
				return registry.upload(id, type, type.toLowerCase() + ".pdf",
						new ByteArrayInputStream(RegistryDemoData.DEMO_PDF));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}
}
