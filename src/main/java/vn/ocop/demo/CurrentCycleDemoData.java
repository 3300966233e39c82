package vn.ocop.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ocop.criteria.CriteriaApi;
import vn.ocop.criteria.ProductSet;
import vn.ocop.criteria.Regulation;
import vn.ocop.registry.CyclePhase;
import vn.ocop.registry.PhaseSchedule;
import vn.ocop.registry.ProducerFilter;
import vn.ocop.registry.ProducerSummary;
import vn.ocop.registry.ProductDetails;
import vn.ocop.registry.RegistrationType;
import vn.ocop.registry.RegistryManagement;

/**
 * The cycle of the current year, alive on the day the demo starts: opened under the regulation in force today (the
 * latest one whose taxonomy is loaded), its phases placed around today (ideas still coming in, selection due in two
 * weeks, dossiers due in six), and new products of the demo producers in the communes of the structure in force
 * (two-tier, from July 2025), at every step of the front half of the cycle: ideas waiting for their commune, selected
 * products with an incomplete dossier, submitted dossiers with photos waiting for evaluation, a rejected idea and a
 * withdrawn one. Every date is computed from the clock.
 *
 * <p>One class per cycle: a later cycle (or the evaluation of this one once its scorecards ship) is another class
 * listening to {@link DemoDataCreated}.
 */
@Component
class CurrentCycleDemoData {

	private static final Logger log = LoggerFactory.getLogger(CurrentCycleDemoData.class);

	/** Communes of the structure in force from 1 July 2025. */
	static final String MAI_HOA = "18322";
	static final String VU_QUANG = "18313";
	static final String SON_HONG = "18160";
	static final String HUONG_KHE_PHUC_TRACH = "18547";

	/** A new product of a demo producer (found by registration number) in this cycle. */
	record NewProduct(String producerNumber, String name, String productSetNumber, String communeCode,
			RegistrationType type, String description, @Nullable Long priceVnd, @Nullable String unit,
			RegistryDemoData.Step step, DemoPhotos.@Nullable Palette photo) {
	}

	static final List<NewProduct> PRODUCTS = List.of(
			new NewProduct("3001234561", "Mứt vỏ cam Vũ Quang", "07", MAI_HOA, RegistrationType.NEW_PRODUCT,
					"Mứt vỏ cam sên đường phèn từ cam Vũ Quang loại 2, tận dụng vỏ cam sau ép nước.", 65_000L, "hộp",
					RegistryDemoData.Step.REGISTERED, null),
			new NewProduct("3001234561", "Cam Vũ Quang hữu cơ", "01", MAI_HOA, RegistrationType.NEW_PRODUCT,
					"Cam chanh trồng theo tiêu chuẩn hữu cơ TCVN 11041 trên 12 ha đồi của hợp tác xã.", 55_000L, "kg",
					RegistryDemoData.Step.SUBMITTED, DemoPhotos.ORANGE),
			new NewProduct("3001234561", "Tinh dầu vỏ cam Vũ Quang", "20", MAI_HOA, RegistrationType.NEW_PRODUCT,
					"Tinh dầu chưng cất từ vỏ cam chanh Vũ Quang, lọ 10 ml, dùng xông và khử mùi.", 120_000L, "lọ",
					RegistryDemoData.Step.SELECTED, null),
			new NewProduct("3001234562", "Mật ong hoa cam Mai Hoa", "04", MAI_HOA, RegistrationType.NEW_PRODUCT,
					"Mật ong từ đàn ong nuôi trong vườn cam mùa hoa tháng Hai, màu vàng nhạt, thơm hoa cam.", 220_000L,
					"chai", RegistryDemoData.Step.SELECTED, DemoPhotos.HONEY),
			new NewProduct("3001234563", "Chè xanh túi lọc Vũ Quang", "12", VU_QUANG, RegistrationType.NEW_PRODUCT,
					"Chè xanh sấy lạnh, nghiền và đóng túi lọc 2 g, hộp 25 túi.", 45_000L, "hộp",
					RegistryDemoData.Step.SELECTED, null),
			new NewProduct("3001234564", "Nhung hươu ngâm mật ong Sơn Hồng", "08", SON_HONG, RegistrationType.NEW_PRODUCT,
					"Nhung hươu thái lát ngâm mật ong rừng, lọ thủy tinh 300 ml.", 1_200_000L, "lọ",
					RegistryDemoData.Step.REGISTERED, null),
			new NewProduct("3001234566", "Bưởi Phúc Trạch sấy dẻo", "07", HUONG_KHE_PHUC_TRACH, RegistrationType.NEW_PRODUCT,
					"Múi bưởi Phúc Trạch sấy dẻo ở nhiệt độ thấp, không đường, túi zip 200 g.", 90_000L, "túi",
					RegistryDemoData.Step.SUBMITTED, DemoPhotos.POMELO),
			new NewProduct("3001234568", "Ruốc khô Kỳ Ninh", "09", "18781", RegistrationType.NEW_PRODUCT,
					"Ruốc biển phơi khô đóng túi.", 70_000L, "túi", RegistryDemoData.Step.REJECTED, null),
			new NewProduct("3001234570", "Kẹo lạc Thiên Phú", "06", "18073", RegistrationType.NEW_PRODUCT,
					"Kẹo lạc mật mía cắt thanh.", 30_000L, "gói", RegistryDemoData.Step.WITHDRAWN, null));

	private final RegistryManagement registry;
	private final CriteriaApi criteria;
	private final TransactionTemplate transaction;
	private final Clock clock;

	CurrentCycleDemoData(RegistryManagement registry, CriteriaApi criteria, PlatformTransactionManager transactions,
			Clock clock) {
		this.registry = registry;
		this.criteria = criteria;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@EventListener(DemoDataCreated.class)
	@Order(5)
	void create() {
		LocalDate today = LocalDate.now(clock);
		Regulation regulation = regulationInForce(today);
		if (regulation == null) {
			log.warn("Demo mode: no regulation with a taxonomy, no current cycle");
			return;
		}
		try {
			transaction.executeWithoutResult(status -> createAll(today, regulation));
		}
		catch (RuntimeException e) {
			// the demo must never stop the application from starting
			log.warn("Demo mode: the current cycle could not be created: {}", e.toString());
		}
	}

	/**
	 * The latest regulation issued by the day under which products can be registered and filed: its taxonomy is
	 * loaded and its dossier document types are known.
	 */
	@Nullable Regulation regulationInForce(LocalDate day) {
		return criteria.regulations().stream().filter(r -> !r.date().isAfter(day))
				.filter(r -> !ownSets(r.code()).isEmpty()).filter(r -> hasDocumentTypes(r.code()))
				.max(Comparator.comparing(Regulation::date)).orElse(null);
	}

	/** The product sets a product of the regulation's cycle may have (those recorded under the regulation itself). */
	private List<ProductSet> ownSets(String regulationCode) {
		return criteria.productSets(regulationCode).stream().filter(s -> s.regulationCode().equals(regulationCode))
				.toList();
	}

	private boolean hasDocumentTypes(String regulationCode) {
		try {
			return !DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> registry.documentTypes(regulationCode)).isEmpty();
		}
		catch (RuntimeException e) {
			return false;
		}
	}

	/** The phases around today: ideas still welcome, selection due in two weeks, dossiers in six, evaluation after. */
	static List<PhaseSchedule> phases(LocalDate today) {
		LocalDate january = today.withDayOfYear(1);
		LocalDate december = today.withMonth(12).withDayOfMonth(31);
		return List.of(
				new PhaseSchedule(CyclePhase.PROPAGANDA, january, max(december, today.plusDays(120))),
				new PhaseSchedule(CyclePhase.IDEA_REGISTRATION, today.minusDays(75), today.plusDays(7)),
				new PhaseSchedule(CyclePhase.SELECTION, today.minusDays(60), today.plusDays(14)),
				new PhaseSchedule(CyclePhase.DOSSIER, today.minusDays(45), today.plusDays(42)),
				new PhaseSchedule(CyclePhase.EVALUATION, today.plusDays(43), today.plusDays(90)),
				new PhaseSchedule(CyclePhase.CERTIFICATION, today.plusDays(75), today.plusDays(110)),
				new PhaseSchedule(CyclePhase.PROMOTION, january, max(december, today.plusDays(120))));
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private void createAll(LocalDate today, Regulation regulation) {
		int year = today.getYear();
		boolean opened = DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> {
			if (registry.cycles().stream().anyMatch(c -> c.year() == year)) {
				return false;
			}
			registry.openCycle(year, regulation.code(), phases(today));
			return true;
		});
		if (!opened) {
			log.info("Demo mode: the {} cycle exists already", year);
			return;
		}
		Map<String, UUID> producers = DemoSecurity.as("admin", "PROVINCE_ADMIN",
				() -> registry.producers(ProducerFilter.none(), PageRequest.of(0, 200)).stream()
						.collect(Collectors.toMap(ProducerSummary::registrationNumber, ProducerSummary::id, (a, b) -> a)));
		List<ProductSet> sets = ownSets(regulation.code());
		Function<String, String> setCode = number -> sets.stream().filter(s -> s.code().endsWith("-" + number))
				.findFirst().orElse(sets.get(0)).code();
		int created = 0;
		for (NewProduct p : PRODUCTS) {
			UUID producer = producers.get(p.producerNumber());
			if (producer == null) {
				continue;
			}
			UUID id = DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> registry.registerProduct(producer,
					new ProductDetails(p.name(), setCode.apply(p.productSetNumber()), p.communeCode(), p.type(),
							p.description(), null, null, "12 tháng", p.unit(), p.priceVnd(), null, null), year).id());
			advance(id, p, regulation.code());
			created++;
		}
		log.info("Demo mode: opened the {} cycle under {} with {} products around {}", year, regulation.code(), created,
				today);
	}

	private void advance(UUID id, NewProduct p, String regulationCode) {
		if (p.photo() != null) {
			DemoPhotos.upload(registry, id, p.photo());
		}
		switch (p.step()) {
			case REGISTERED -> {
			}
			case REJECTED -> DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> registry.decideSelection(id, false,
					"Sản phẩm sơ chế đơn giản, chưa có cơ sở đạt điều kiện an toàn thực phẩm; đề nghị hoàn thiện và đăng ký kỳ sau."));
			case WITHDRAWN -> DemoSecurity.as("admin", "PROVINCE_ADMIN",
					() -> registry.withdraw(id, "Chủ thể xin rút để đầu tư lại dây chuyền đóng gói."));
			case SELECTED -> {
				select(id);
				upload(id, firstRequired(regulationCode));
			}
			case SUBMITTED -> {
				select(id);
				DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> registry.documentTypes(regulationCode)).stream()
						.filter(t -> t.required()).forEach(t -> upload(id, t.code()));
				DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> registry.submit(id));
			}
		}
	}

	private String firstRequired(String regulationCode) {
		return DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> registry.documentTypes(regulationCode)).stream().filter(t -> t.required()).map(t -> t.code()).findFirst()
				.orElse("REGISTRATION_FORM");
	}

	private void select(UUID id) {
		DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> registry.decideSelection(id, true,
				"Sản phẩm dùng nguyên liệu địa phương, có thị trường; đề nghị hoàn thiện hồ sơ theo quy định."));
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
