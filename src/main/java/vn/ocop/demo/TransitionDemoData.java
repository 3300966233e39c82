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

import vn.ocop.certification.CertificateIssuing;
import vn.ocop.certification.NewDecision;
import vn.ocop.criteria.CriteriaApi;
import vn.ocop.criteria.DossierType;
import vn.ocop.criteria.Regulation;
import vn.ocop.criteria.RuleChoice;
import vn.ocop.criteria.Scorecard;
import vn.ocop.evaluation.Attendance;
import vn.ocop.evaluation.AttendanceStatus;
import vn.ocop.evaluation.CouncilLevel;
import vn.ocop.evaluation.EvaluationManagement;
import vn.ocop.evaluation.MemberRole;
import vn.ocop.evaluation.NewCouncil;
import vn.ocop.evaluation.Outcome;
import vn.ocop.evaluation.SessionResults;
import vn.ocop.registry.ProducerFilter;
import vn.ocop.registry.ProductDetails;
import vn.ocop.registry.RegistrationType;
import vn.ocop.registry.RegistryManagement;

/**
 * The 2026 transition (Decision 26/2026/QĐ-TTg Điều 12.2), as Hà Tĩnh lived it: food products of the demo producers
 * — fish sauce (nước mắm), cu đơ candy (kẹo cu đơ), deer antler velvet (nhung hươu) and Phúc Trạch pomelo (bưởi) —
 * registered in the 2026 cycle in spring, their dossiers filed before 22/5/2026, so that they finish under the rules
 * of 2021–2025 (148/QĐ-TTg as amended by 1489/QĐ-TTg) within the 60 days the transition gives: scored in June by the
 * provincial council on the real 148 scorecards of their sets (148-09, 148-06, 148-18, 148-01 — the system chooses
 * the regulation from the filing day and type, the scorecard from the set), and the rated ones recognised by the
 * provincial People's Committee. Only three 26/2026 scorecards are transcribed (24 cây cảnh, 25 động vật cảnh, 26 du
 * lịch); none is invented, so the products of the current cycle filed under 26/2026 in these food sets wait for
 * theirs (the dead-end notice), while the ornamental and tourism products are scored under 26/2026
 * ({@link AuthorityDemoData}, {@link WorkListDemoData}).
 *
 * <p>Every day here is counted from the day the transition ends (read from the 26/2026 regulation's data: filed
 * before 22/5/2026), the only fixed date of the story, because the law fixed it. The records are written through the
 * modules on those days ({@link DemoClock}). In 2026 this is the cycle of the current year; in a later year it is
 * that year's history (the 2026 cycle is opened for it when missing); before the decisions' day has come, or when the
 * application's clock cannot be moved (a test clock), it is skipped.
 */
@Component
class TransitionDemoData {

	private static final Logger log = LoggerFactory.getLogger(TransitionDemoData.class);
	static final String SUCCESSOR = "26/2026/QĐ-TTg";
	private static final String[] MEMBERS = { "council1", "council2", "council3", "council4", "council5" };

	/** Days counted from the end of the transition (22/5/2026). */
	static final int REGISTERED = -80;
	static final int SELECTED = -66;
	static final int FILED = -38;
	static final int SCORED = 20;
	static final int RECOGNISED = 34;

	/** A food product filed before the end of the transition, the total every member gives it and its photo. */
	record Transitional(String producerNumber, String name, String productSetNumber, String communeCode,
			String description, String ingredients, String packaging, long priceVnd, String unit, int total,
			DemoPhotos.Palette photo) {
	}

	static final List<Transitional> PRODUCTS = List.of(
			new Transitional("3001234568", "Nước mắm cá cơm Kỳ Ninh", "09", "18781",
					"Nước mắm cá cơm than ủ chượp 15 tháng trong thùng gỗ, độ đạm 35°N, không chất bảo quản.",
					"Cá cơm than, muối biển Kỳ Ninh", "Chai thủy tinh 500 ml, hộp giấy", 120_000L, "chai", 82,
					DemoPhotos.SEA),
			new Transitional("3001234570", "Kẹo cu đơ gừng Thiên Phú", "06", "18073",
					"Kẹo cu đơ mật mía, lạc rang và gừng tươi kẹp bánh tráng vừng nướng than, gói từng chiếc.",
					"Mật mía, lạc, gừng, bánh tráng gạo, vừng", "Hộp giấy 10 chiếc", 55_000L, "hộp", 76,
					DemoPhotos.CANDY),
			new Transitional("3001234564", "Nhung hươu sấy khô thái lát Sơn Hồng", "18", CurrentCycleDemoData.SON_HONG,
					"Nhung hươu sao Hương Sơn cắt lát, sấy lạnh, đóng hộp có tem truy xuất nguồn gốc.",
					"Nhung hươu sao", "Hộp gỗ 50 g", 2_800_000L, "hộp", 68, DemoPhotos.DEER),
			new Transitional("3001234566", "Bưởi Phúc Trạch VietGAP", "01", CurrentCycleDemoData.HUONG_KHE_PHUC_TRACH,
					"Bưởi Phúc Trạch trồng theo VietGAP trên 20 ha của hợp tác xã, quả 1,2–1,8 kg, múi hồng.",
					"Bưởi tươi", "Túi lưới có tem chỉ dẫn địa lý", 50_000L, "quả", 86, DemoPhotos.POMELO));

	private final RegistryManagement registry;
	private final EvaluationManagement evaluation;
	private final CertificateIssuing certification;
	private final CriteriaApi criteria;
	private final TransactionTemplate transaction;
	private final Clock clock;

	TransitionDemoData(RegistryManagement registry, EvaluationManagement evaluation,
			CertificateIssuing certification, CriteriaApi criteria, PlatformTransactionManager transactions,
			Clock clock) {
		this.registry = registry;
		this.evaluation = evaluation;
		this.certification = certification;
		this.criteria = criteria;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@EventListener(DemoDataCreated.class)
	@Order(7)
	void create() {
		LocalDate end = criteria.regulation(SUCCESSOR).map(Regulation::transition).map(t -> t.filedBefore())
				.orElse(null);
		if (end == null || !DemoClock.canTravel(clock)
				|| !LocalDate.now(clock).isAfter(end.plusDays(RECOGNISED))) {
			log.info("Demo mode: no transitional dossiers (no transition, a test clock or its days still to come)");
			return;
		}
		try {
			transaction.executeWithoutResult(status -> create(end));
		}
		catch (RuntimeException e) {
			// the demo must never stop the application from starting
			log.warn("Demo mode: the transitional dossiers could not be created: {}", e.toString());
		}
	}

	private void create(LocalDate end) {
		int year = end.getYear();
		var cycle = admin(() -> registry.cycles().stream().filter(c -> c.year() == year).findFirst().orElse(null));
		String cycleRegulation = cycle != null ? cycle.regulationCode() : SUCCESSOR;
		if (cycle != null && written(year)) {
			log.info("Demo mode: the transitional dossiers of {} exist already", year);
			return;
		}
		if (cycle == null) {
			// a later year: the 2026 cycle is history, opened as the year's cycle stands after the change
			DemoClock.run(clock, end.plusDays(REGISTERED - 5), () -> admin(() -> registry.openCycle(year, SUCCESSOR, null)));
		}
		Map<String, UUID> producers = admin(() -> registry.producers(ProducerFilter.none(), PageRequest.of(0, 200))
				.stream().collect(java.util.stream.Collectors.toMap(p -> p.registrationNumber(), p -> p.id(), (a, b) -> a)));
		Map<UUID, Transitional> products = new LinkedHashMap<>();
		Map<UUID, Scorecard> scorecards = new LinkedHashMap<>();
		LocalDate filedOn = end.plusDays(FILED);
		RuleChoice rule = criteria.ruleFor(filedOn, DossierType.FIRST);
		for (Transitional t : PRODUCTS) {
			UUID producer = producers.get(t.producerNumber());
			String set = setCode(cycleRegulation, t.productSetNumber());
			Scorecard scorecard = set == null ? null
					: criteria.scorecardFor(set, rule.regulation().code()).orElse(null);
			if (producer == null || scorecard == null) {
				continue;
			}
			UUID id = DemoClock.on(clock, end.plusDays(REGISTERED), () -> admin(() -> registry.registerProduct(producer,
					new ProductDetails(t.name(), set, t.communeCode(), RegistrationType.NEW_PRODUCT, t.description(),
							t.ingredients(), t.packaging(), "12 tháng", t.unit(), t.priceVnd(), null, null),
					year).id()));
			DemoClock.run(clock, end.plusDays(SELECTED), () -> admin(() -> registry.decideSelection(id, true,
					"Sản phẩm đặc sản có chỉ dẫn địa lý của Hà Tĩnh, nguyên liệu địa phương, có thị trường ổn định.")));
			DemoClock.run(clock, filedOn, () -> {
				rule.regulation().dossierDocuments(DossierType.FIRST).forEach(type -> upload(id, type));
				DemoPhotos.upload(registry, id, t.photo());
				admin(() -> registry.submit(id, DossierType.FIRST, filedOn));
			});
			products.put(id, t);
			scorecards.put(id, scorecard);
		}
		if (products.isEmpty()) {
			return;
		}
		SessionResults results = DemoClock.on(clock, end.plusDays(SCORED), () -> score(year, products, scorecards));
		List<UUID> rated = results.results().stream().filter(r -> r.outcome() == Outcome.RATED && r.stars() >= 3)
				.map(SessionResults.Result::productId).toList();
		LocalDate decided = end.plusDays(RECOGNISED);
		if (!rated.isEmpty()) {
			DemoClock.run(clock, decided, () -> admin(() -> certification.issueAll(rated,
					NewDecision.recognition("1725/QĐ-UBND", decided, "Nguyễn Hồng Lĩnh", null))));
		}
		log.info("Demo mode: {} dossiers filed before {} scored under {} in {} and {} recognised", products.size(), end,
				rule.regulation().code(), year, rated.size());
	}

	/** Whether the transition's products are in the cycle already (this runs once; tests may ask for it again). */
	private boolean written(int year) {
		var names = PRODUCTS.stream().map(Transitional::name).collect(java.util.stream.Collectors.toSet());
		return admin(() -> registry.products(new vn.ocop.registry.ProductFilter(null, null, year, null, null, null, null),
				PageRequest.of(0, 500)).stream().anyMatch(p -> names.contains(p.name())));
	}

	/** The provincial council's session of the transition: attendance, the disqualifiers, five scorecards, closed. */
	private SessionResults score(int year, Map<UUID, Transitional> products, Map<UUID, Scorecard> scorecards) {
		var council = admin(() -> evaluation.createCouncil(new NewCouncil(CouncilLevel.PROVINCE, DemoData.HA_TINH, year,
				"Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh năm " + year
						+ " (hồ sơ nộp trước 22/5/2026, theo Quyết định 148/QĐ-TTg và 1489/QĐ-TTg)",
				List.of(new NewCouncil.Member("council1", MemberRole.CHAIR),
						new NewCouncil.Member("council2", MemberRole.STANDING_VICE_CHAIR),
						new NewCouncil.Member("council3", MemberRole.MEMBER),
						new NewCouncil.Member("council4", MemberRole.MEMBER),
						new NewCouncil.Member("council5", MemberRole.EXPERT)))));
		var session = admin(() -> evaluation.open(council.id(), new ArrayList<>(products.keySet())));
		DemoSecurity.as("council1", "COUNCIL_MEMBER", () -> evaluation.recordAttendance(session.id(),
				java.util.Arrays.stream(MEMBERS).map(m -> new Attendance(m, AttendanceStatus.PRESENT, null)).toList()));
		products.keySet().forEach(product -> DemoSecurity.as("council1", "COUNCIL_MEMBER",
				() -> evaluation.checkDisqualifiers(session.id(), product, false, null)));
		products.forEach((product, t) -> {
			Map<String, @Nullable Integer> picks = new LinkedHashMap<>(
					CertificationDemoData.picksFor(scorecards.get(product), t.total()));
			for (String member : MEMBERS) {
				DemoSecurity.as(member, "COUNCIL_MEMBER", () -> evaluation.save(session.id(), product, picks, true));
			}
		});
		return DemoSecurity.as("council1", "COUNCIL_MEMBER", () -> evaluation.close(session.id()));
	}

	/** The set of the cycle's taxonomy with the number (the 26/2026 set maps to the 148 set of the same number). */
	private @Nullable String setCode(String regulationCode, String number) {
		return criteria.productSets(regulationCode).stream().filter(s -> s.regulationCode().equals(regulationCode))
				.map(s -> s.code()).filter(code -> code.endsWith("-" + number)).findFirst().orElse(null);
	}

	private static <T> T admin(java.util.function.Supplier<T> work) {
		return DemoSecurity.as("admin", "PROVINCE_ADMIN", work::get);
	}

	private void upload(UUID id, String type) {
		admin(() -> {
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
