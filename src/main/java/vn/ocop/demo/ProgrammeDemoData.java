package vn.ocop.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ocop.outreach.Audience;
import vn.ocop.outreach.EventDetails;
import vn.ocop.outreach.EventKind;
import vn.ocop.outreach.EventManagement;
import vn.ocop.outreach.OutletDetails;
import vn.ocop.outreach.OutletKind;
import vn.ocop.outreach.OutletManagement;
import vn.ocop.outreach.PilotDetails;
import vn.ocop.outreach.PilotLevel;
import vn.ocop.outreach.PilotManagement;
import vn.ocop.planning.PlanManagement;
import vn.ocop.planning.TaskStatus;
import vn.ocop.planning.TaskView;
import vn.ocop.outreach.TrainingDetails;
import vn.ocop.outreach.TrainingManagement;
import vn.ocop.registry.ProductFilter;
import vn.ocop.registry.ProductSummary;
import vn.ocop.registry.RegistryManagement;

/**
 * The programme's demo: the Hà Tĩnh 2019 plan loaded from the province's document, with most tasks reported done
 * and a few still open past their deadline; the 2019 training courses (officials at the Trần Phú Political School,
 * producers, young entrepreneurs with the Youth Union); OCOP sales centres and points at real places of the
 * province (and the showcase in Cửa Lò); pilot models of the three levels; the first OCOP fair with the orange
 * festival, a study tour and an upcoming fair.
 */
@Component
class ProgrammeDemoData {

	private static final Logger log = LoggerFactory.getLogger(ProgrammeDemoData.class);

	/** Tasks still open in the demo (activity number → task number); every other 2019 task is done. */
	private static final Map<Integer, Set<String>> OPEN_TASKS = Map.of(
			7, Set.of("2"),
			8, Set.of("3"),
			9, Set.of("1"),
			6, Set.of("1.2 (huyện)"));

	private final PlanManagement plans;
	private final TrainingManagement trainings;
	private final OutletManagement outlets;
	private final PilotManagement pilots;
	private final EventManagement events;
	private final RegistryManagement registry;
	private final TransactionTemplate transaction;
	private final Clock clock;

	ProgrammeDemoData(PlanManagement plans, TrainingManagement trainings, OutletManagement outlets,
			PilotManagement pilots, EventManagement events, RegistryManagement registry,
			PlatformTransactionManager transactions, Clock clock) {
		this.plans = plans;
		this.trainings = trainings;
		this.outlets = outlets;
		this.pilots = pilots;
		this.events = events;
		this.registry = registry;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@EventListener(DemoDataCreated.class)
	@Order(40)
	void create() {
		transaction.executeWithoutResult(status -> DemoSecurity.as("admin", "PROVINCE_ADMIN", this::createAll));
	}

	private void createAll() {
		List<ProductSummary> products = registry.allProducts(new ProductFilter(null, null, 2019, null, null, null, null), 200);
		Map<String, UUID> byName = products.stream()
				.collect(Collectors.toMap(ProductSummary::name, ProductSummary::id, (a, b) -> a));
		plan();
		trainings(products);
		outlets(byName);
		pilots(byName);
		events(byName);
		log.info("Demo mode: loaded the Hà Tĩnh 2019 plan, trainings, sales points, pilot models and events");
	}

	private void plan() {
		var plan = plans.loadHaTinh2019();
		for (var activity : plan.activities()) {
			for (TaskView task : activity.tasks()) {
				boolean open = OPEN_TASKS.getOrDefault(activity.number(), Set.of()).contains(task.number());
				if (open) {
					plans.report(task.id(), "Đang triển khai; đơn vị chủ trì đề nghị gia hạn đến quý I năm sau.", 60);
				}
				else {
					plans.report(task.id(), "Đã hoàn thành theo kế hoạch; báo cáo kết quả gửi Văn phòng Điều phối nông thôn mới tỉnh.", 100);
					plans.moveTask(task.id(), TaskStatus.DONE);
				}
			}
		}
		// the district pilots are followed by the Vũ Quang officer's account, who is reminded while they are late
		plan.activities().stream().filter(a -> a.number() == 6).flatMap(a -> a.tasks().stream())
				.filter(t -> t.number().equals("1.2 (huyện)")).findFirst()
				.ifPresent(t -> plans.changeTask(t.id(), new PlanManagement.TaskDetails(t.number(), t.description(),
						t.leadAgency(), t.partners(), "district", LocalDate.of(2019, 12, 31))));
	}

	private void trainings(List<ProductSummary> products) {
		var officials = trainings.create(new TrainingDetails(
				"Tập huấn triển khai Chương trình OCOP cho cán bộ tham mưu các cấp", "Trường Chính trị Trần Phú",
				Audience.OFFICIALS, "Trường Chính trị Trần Phú, thành phố Hà Tĩnh", null, LocalDate.of(2019, 5, 20),
				LocalDate.of(2019, 5, 22), "Bộ tài liệu Chương trình OCOP cụ thể hóa cho Hà Tĩnh; chu trình OCOP thường niên; "
						+ "Bộ tiêu chí đánh giá, phân hạng sản phẩm."));
		trainings.addSession(officials.id(), LocalDate.of(2019, 5, 20), "Chu trình OCOP thường niên và vai trò các cấp");
		trainings.addSession(officials.id(), LocalDate.of(2019, 5, 21), "Bộ tiêu chí đánh giá, phân hạng sản phẩm OCOP");
		for (String account : List.of("admin", "district", "district-hs", "commune")) {
			trainings.enrol(officials.id(), new TrainingManagement.Enrolment(account, null, null, null));
		}
		var view = trainings.training(officials.id());
		for (var session : view.sessions()) {
			trainings.recordAttendance(officials.id(), session.id(), view.participants().stream()
					.filter(p -> !"commune".equals(p.username())).map(p -> p.id()).collect(Collectors.toSet()));
		}
		view.participants().stream().filter(p -> !"commune".equals(p.username()))
				.forEach(p -> trainings.complete(officials.id(), p.id(), true));

		var producers = trainings.create(new TrainingDetails("Tập huấn cho chủ thể có sản phẩm tham gia Chương trình OCOP",
				"Văn phòng Điều phối nông thôn mới tỉnh", Audience.PRODUCERS, "Hội trường UBND huyện Vũ Quang", null,
				LocalDate.of(2019, 6, 12), LocalDate.of(2019, 6, 13),
				"Hoàn thiện hồ sơ, câu chuyện sản phẩm, bao bì, truy xuất nguồn gốc."));
		trainings.addSession(producers.id(), LocalDate.of(2019, 6, 12), "Hồ sơ sản phẩm OCOP và câu chuyện sản phẩm");
		products.stream().map(ProductSummary::producerId).distinct().limit(6)
				.forEach(id -> trainings.enrol(producers.id(), new TrainingManagement.Enrolment(null, id, null, null)));
		var producerView = trainings.training(producers.id());
		var session = producerView.sessions().get(0);
		var present = producerView.participants().stream().limit(4).map(p -> p.id()).collect(Collectors.toSet());
		trainings.recordAttendance(producers.id(), session.id(), present);
		present.forEach(p -> trainings.complete(producers.id(), p, true));

		var youth = trainings.create(new TrainingDetails("Lớp tập huấn thanh niên khởi nghiệp tham gia Chương trình OCOP",
				"Tỉnh đoàn Hà Tĩnh", Audience.YOUNG_ENTREPRENEURS, "Nhà Văn hóa Thanh niên tỉnh", null,
				LocalDate.of(2019, 8, 9), LocalDate.of(2019, 8, 9), null));
		trainings.addSession(youth.id(), LocalDate.of(2019, 8, 9), "Ý tưởng sản phẩm và khởi nghiệp từ đặc sản địa phương");
		trainings.enrol(youth.id(), new TrainingManagement.Enrolment(null, null, "Phan Thị Mai", "18313"));
		trainings.enrol(youth.id(), new TrainingManagement.Enrolment(null, null, "Lê Văn Tùng", "18133"));
	}

	private void outlets(Map<String, UUID> products) {
		List<UUID> carried = products.values().stream().limit(5).toList();
		var centre = outlets.create(new OutletDetails("Trung tâm giới thiệu và bán sản phẩm OCOP Hà Tĩnh", OutletKind.CENTRE,
				"Số 2 đường Phan Đình Phùng, phường Thành Sen, thành phố Hà Tĩnh", "18073", new BigDecimal("18.342650"),
				new BigDecimal("105.905420"), "Hợp tác xã Thương mại dịch vụ Hà Tĩnh", "7:30 – 21:00 hằng ngày", "0239385xxxx",
				List.of("Có quy chế quản lý, bảng niêm yết giá", "Chỉ trưng bày sản phẩm đạt chuẩn OCOP có tem truy xuất",
						"Có khu trưng bày theo nhóm sản phẩm và huyện"), carried));
		outlets.open(centre.id(), LocalDate.of(2019, 11, 22));
		var vuQuang = outlets.create(new OutletDetails("Điểm giới thiệu và bán sản phẩm OCOP Vũ Quang", OutletKind.POINT,
				"Tổ dân phố 4, thị trấn Vũ Quang (nay là xã Vũ Quang)", "18313", new BigDecimal("18.355800"),
				new BigDecimal("105.478900"), "Hợp tác xã Cam Vũ Quang", "7:00 – 18:00", null,
				List.of("Có biển hiệu điểm bán OCOP", "Sản phẩm có nguồn gốc rõ ràng"),
				products.values().stream().limit(2).toList()));
		outlets.open(vuQuang.id(), LocalDate.of(2019, 12, 10));
		var cuaLo = outlets.create(new OutletDetails("Điểm giới thiệu sản phẩm OCOP Hà Tĩnh tại Cửa Lò", OutletKind.POINT,
				"Đường Bình Minh, thị xã Cửa Lò, tỉnh Nghệ An", null, new BigDecimal("18.810300"),
				new BigDecimal("105.722100"), "Văn phòng Điều phối nông thôn mới tỉnh Hà Tĩnh", "Mùa du lịch: 8:00 – 22:00", null,
				List.of("Điểm du lịch biển ngoài tỉnh (mô hình điểm của Trung ương)"), carried));
		outlets.open(cuaLo.id(), LocalDate.of(2020, 5, 15));
		outlets.create(new OutletDetails("Điểm bán sản phẩm OCOP Hương Sơn", OutletKind.POINT,
				"Khối 9, thị trấn Phố Châu (nay là xã Hương Sơn)", "18133", new BigDecimal("18.492300"),
				new BigDecimal("105.424800"), "Hợp tác xã Nhung hươu Sơn Hồng", null, null, List.of(), List.of()));
	}

	private void pilots(Map<String, UUID> products) {
		List<UUID> some = products.values().stream().limit(1).toList();
		var cuaLo = pilots.create(new PilotDetails(2019, "Trung tâm giới thiệu sản phẩm OCOP Hà Tĩnh tại Cửa Lò (Nghệ An)",
				PilotLevel.CENTRAL, "Trung tâm giới thiệu sản phẩm tại điểm du lịch", null, "Thị xã Cửa Lò, tỉnh Nghệ An",
				null, List.of()));
		pilots.progress(cuaLo.id(), 100);
		var tourism = pilots.create(new PilotDetails(2019, "Liên kết phát triển du lịch gắn với khu dân cư kiểu mẫu Đức Lĩnh",
				PilotLevel.CENTRAL, "Liên kết du lịch – khu dân cư kiểu mẫu", "18322", "Xã Đức Lĩnh, huyện Vũ Quang", null, some));
		pilots.progress(tourism.id(), 70);
		var orange = pilots.create(new PilotDetails(2019, "Vùng cam Vũ Quang đạt chuẩn VietGAP gắn với sản phẩm OCOP",
				PilotLevel.PROVINCIAL, "Vùng nguyên liệu gắn với sản phẩm OCOP", "18322", "Xã Đức Lĩnh, huyện Vũ Quang", null, some));
		pilots.progress(orange.id(), 100);
		pilots.create(new PilotDetails(2019, "Chuỗi giá trị nhung hươu Hương Sơn", PilotLevel.PROVINCIAL,
				"Chuỗi giá trị sản phẩm", "18139", "Xã Sơn Hồng, huyện Hương Sơn", null, List.of()));
		var district = pilots.create(new PilotDetails(2019, "Hợp tác xã kiểu mới sản xuất cam Đức Lĩnh", PilotLevel.DISTRICT,
				"Tổ chức sản xuất", "18322", "Xã Đức Lĩnh, huyện Vũ Quang", null, some));
		pilots.progress(district.id(), 100);
	}

	private void events(Map<String, UUID> products) {
		List<UUID> oranges = products.entrySet().stream().filter(e -> e.getKey().toLowerCase().contains("cam"))
				.map(Map.Entry::getValue).toList();
		events.create(new EventDetails(EventKind.FAIR,
				"Hội chợ OCOP Hà Tĩnh lần thứ nhất gắn với Lễ hội cam và các sản phẩm nông nghiệp lần thứ ba",
				LocalDate.of(2019, 11, 22), LocalDate.of(2019, 11, 26), "Quảng trường thành phố Hà Tĩnh", "18073",
				"Trưng bày, giới thiệu và bán sản phẩm OCOP, cam và các đặc sản nông nghiệp của 13 huyện, thành phố, thị xã.",
				oranges));
		events.create(new EventDetails(EventKind.CONFERENCE, "Hội nghị triển khai Đề án OCOP tỉnh Hà Tĩnh năm 2019",
				LocalDate.of(2019, 2, 26), LocalDate.of(2019, 2, 26), "Hội trường UBND tỉnh Hà Tĩnh", null, null, List.of()));
		events.create(new EventDetails(EventKind.STUDY_TOUR, "Tham quan học tập kinh nghiệm thực hiện Chương trình OCOP tại Quảng Ninh",
				LocalDate.of(2019, 7, 8), LocalDate.of(2019, 7, 11), "Tỉnh Quảng Ninh", null, null, List.of()));
		LocalDate today = LocalDate.now(clock);
		events.create(new EventDetails(EventKind.FAIR, "Phiên chợ sản phẩm OCOP và đặc sản Hà Tĩnh",
				today.plusDays(21), today.plusDays(24), "Trung tâm giới thiệu và bán sản phẩm OCOP Hà Tĩnh", "18073",
				"Giới thiệu sản phẩm OCOP mới được công nhận, kết nối tiêu thụ với doanh nghiệp phân phối.", oranges));
	}
}
