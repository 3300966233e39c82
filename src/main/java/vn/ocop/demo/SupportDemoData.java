package vn.ocop.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
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

import vn.ocop.planning.PlanManagement;
import vn.ocop.registry.LegalForm;
import vn.ocop.registry.ProductFilter;
import vn.ocop.registry.ProductSummary;
import vn.ocop.registry.RegistryManagement;
import vn.ocop.support.BudgetLineView;
import vn.ocop.support.BudgetManagement;
import vn.ocop.support.FundingSource;
import vn.ocop.support.IpDetails;
import vn.ocop.support.IpManagement;
import vn.ocop.support.IpType;
import vn.ocop.support.SupportApplication;
import vn.ocop.support.SupportCategory;
import vn.ocop.support.SupportItemDetails;
import vn.ocop.support.SupportItemView;
import vn.ocop.support.SupportCatalogue;
import vn.ocop.support.SupportManagement;

/**
 * Support and funding in the demo, dated from the clock: the plan of the running year (created with its support
 * activities 6, 7 and 11 if no one made it) with budget lines from the central, provincial and producers' funds,
 * the support items of the plan, requests of the Vũ Quang orange cooperative at every stage (reported with its IP
 * application, disbursed, approved, checked, waiting for the commune's check, refused) and a fair's booths under
 * contract; a granted collective mark and a filed trademark.
 */
@Component
class SupportDemoData {

	private static final Logger log = LoggerFactory.getLogger(SupportDemoData.class);

	private final SupportManagement support;
	private final SupportCatalogue catalogue;
	private final BudgetManagement budgets;
	private final IpManagement ip;
	private final PlanManagement plans;
	private final RegistryManagement registry;
	private final TransactionTemplate transaction;
	private final Clock clock;

	SupportDemoData(SupportManagement support, SupportCatalogue catalogue, BudgetManagement budgets, IpManagement ip,
			PlanManagement plans, RegistryManagement registry, PlatformTransactionManager transactions, Clock clock) {
		this.support = support;
		this.catalogue = catalogue;
		this.budgets = budgets;
		this.ip = ip;
		this.plans = plans;
		this.registry = registry;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@EventListener(DemoDataCreated.class)
	@Order(50)
	void create() {
		transaction.executeWithoutResult(status -> DemoSecurity.as("admin", "PROVINCE_ADMIN", this::createAll));
	}

	private void createAll() {
		LocalDate today = LocalDate.now(clock);
		int year = today.getYear();
		Map<String, ProductSummary> products = registry
				.allProducts(new ProductFilter(null, null, 2019, null, null, null, null), 200).stream()
				.collect(Collectors.toMap(ProductSummary::name, p -> p, (a, b) -> a));
		plan(year);
		Map<Integer, BudgetLineView> provincial = Map.of(
				6, budgets.allocate(year, 6, FundingSource.PROVINCIAL, money(300_000_000), "Nghị quyết HĐND tỉnh về kinh phí OCOP"),
				7, budgets.allocate(year, 7, FundingSource.PROVINCIAL, money(250_000_000), null),
				11, budgets.allocate(year, 11, FundingSource.PROVINCIAL, money(150_000_000), null));
		budgets.allocate(year, 11, FundingSource.CENTRAL, money(200_000_000), "Chương trình MTQG xây dựng nông thôn mới");
		budgets.allocate(year, 6, FundingSource.PRODUCERS, money(120_000_000), "Vốn đối ứng của các chủ thể");

		var packaging = item("BAO-BI", "Hỗ trợ thiết kế bao bì, nhãn mác", SupportCategory.PACKAGING_DESIGN,
				Set.of(), 30_000_000L, 50, FundingSource.PROVINCIAL, 6);
		var trademark = item("SHTT", "Hỗ trợ đăng ký nhãn hiệu, nhãn hiệu tập thể, chỉ dẫn địa lý",
				SupportCategory.IP_REGISTRATION, Set.of(), 20_000_000L, 100, FundingSource.PROVINCIAL, 11);
		var quality = item("CHAT-LUONG", "Hỗ trợ chứng nhận VietGAP, HACCP, ISO 22000", SupportCategory.QUALITY_CERTIFICATION,
				Set.of(LegalForm.COOPERATIVE, LegalForm.ENTERPRISE), 50_000_000L, 50, FundingSource.PROVINCIAL, 11);
		var fair = item("HOI-CHO", "Hỗ trợ gian hàng hội chợ, xúc tiến thương mại", SupportCategory.TRADE_FAIR, Set.of(),
				15_000_000L, null, FundingSource.PROVINCIAL, 7);
		item("TMDT", "Hỗ trợ đưa sản phẩm lên sàn thương mại điện tử", SupportCategory.E_COMMERCE, Set.of(), 10_000_000L, 70,
				FundingSource.PROVINCIAL, 7);

		var orange = products.get("Cam Vũ Quang");
		var juice = products.get("Nước cam ép Vũ Quang");
		if (orange == null || juice == null) {
			log.warn("Demo mode: the Vũ Quang products are missing; support requests not created");
			return;
		}
		// reported: the cooperative's trademark application, filed with the office's support
		UUID reported = apply(trademark, orange, "Đăng ký nhãn hiệu “Cam Vũ Quang” cho hợp tác xã", 16_000_000, 16_000_000);
		check(reported, "Hồ sơ đầy đủ, đúng đối tượng");
		support.approve(reported, null, "215/QĐ-VPĐP", today, null, "Theo Kế hoạch OCOP năm " + year);
		support.disburse(reported, money(16_000_000), today);
		DemoSecurity.as("producer", "PRODUCER", () -> support.report(reported,
				"Đã nộp đơn đăng ký nhãn hiệu tại Cục Sở hữu trí tuệ", "4-" + year + "-" + "31207", today));
		// disbursed, waiting for the result
		UUID disbursed = apply(packaging, juice, "Thiết kế lại nhãn chai nước cam 250 ml", 24_000_000, 12_000_000);
		check(disbursed, null);
		support.approve(disbursed, null, "216/QĐ-VPĐP", today, null, null);
		support.disburse(disbursed, money(12_000_000), today);
		// approved
		UUID approved = apply(quality, orange, "Chứng nhận VietGAP cho 12 ha cam", 60_000_000, 30_000_000);
		check(approved, null);
		support.approve(approved, money(28_000_000), "217/QĐ-VPĐP", today, null, "Duyệt theo báo giá thấp nhất");
		// checked, for the office to decide
		UUID checked = apply(fair, orange, "Gian hàng tại Hội chợ OCOP khu vực Bắc Trung Bộ", 18_000_000, 15_000_000);
		check(checked, "Đề nghị hỗ trợ");
		// refused
		UUID refused = apply(packaging, orange, "In thêm 5.000 hộp carton", 20_000_000, 10_000_000);
		check(refused, null);
		support.refuse(refused, "In ấn số lượng lớn không thuộc nội dung thiết kế bao bì được hỗ trợ", "218/QĐ-VPĐP", today);
		// waiting for the commune's check
		apply(fair, juice, "Gian hàng giới thiệu nước cam tại Hội chợ cam Hà Tĩnh", 8_000_000, 8_000_000);

		budgets.contract(provincial.get(7).id(), "Thuê gian hàng chung OCOP Hà Tĩnh tại Hội chợ Nông nghiệp quốc tế",
				money(95_000_000), null, null, today);

		var mark = ip.record(new IpDetails(orange.id(), IpType.COLLECTIVE_MARK, "Cam Vũ Quang", "Hợp tác xã Cam Vũ Quang",
				"4-" + (year - 4) + "-10521", today.minusYears(4), null));
		ip.grant(mark.id(), "3" + (year % 100) + "412", today.minusYears(3), null);
		log.info("Demo mode: support items, budget lines of {}, support requests at every stage and IP registrations", year);
	}

	private void plan(int year) {
		if (plans.plans().stream().noneMatch(p -> p.year() == year)) {
			plans.create(new PlanManagement.NewPlan(year, "Kế hoạch thực hiện Chương trình OCOP năm " + year, null));
		}
		var numbers = plans.plan(year).activities().stream().map(a -> a.number()).collect(Collectors.toSet());
		Map<Integer, String> activities = Map.of(6, "Phát triển sản phẩm", 7,
				"Xúc tiến thương mại, liên kết tiêu thụ sản phẩm OCOP", 11,
				"Khoa học, kỹ thuật, chất lượng; hỗ trợ đăng ký sở hữu trí tuệ và phát triển thương hiệu");
		activities.forEach((number, title) -> {
			if (!numbers.contains(number)) {
				plans.addActivity(year, number, title);
			}
		});
	}

	private SupportItemView item(String code, String name, SupportCategory category, Set<LegalForm> forms, Long ceiling,
			Integer share, FundingSource source, int activity) {
		return catalogue.createItem(new SupportItemDetails(code, name, category,
				"Quyết định số 20/2023/QĐ-UBND của UBND tỉnh Hà Tĩnh", forms, null,
				ceiling == null ? null : money(ceiling), share, source, activity));
	}

	private UUID apply(SupportItemView item, ProductSummary product, String purpose, long cost, long amount) {
		return DemoSecurity.as("producer", "PRODUCER", () -> support.apply(new SupportApplication(item.id(),
				product.id(), purpose, money(cost), money(amount), null), null).id());
	}

	private void check(UUID request, String note) {
		DemoSecurity.as("commune", "COMMUNE_OFFICER", () -> support.check(request, true, note));
	}

	private static BigDecimal money(long amount) {
		return BigDecimal.valueOf(amount);
	}
}
