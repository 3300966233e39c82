package vn.ocop.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.ocop.certification.CertificateFilter;
import vn.ocop.certification.CertificateView;
import vn.ocop.certification.CertificationManagement;
import vn.ocop.inspection.CheckResult;
import vn.ocop.inspection.CheckView;
import vn.ocop.inspection.ChecklistItem;
import vn.ocop.inspection.ComplaintManagement;
import vn.ocop.inspection.InspectionManagement;
import vn.ocop.inspection.InspectionPlanning;
import vn.ocop.reporting.MonthlyReporting;
import vn.ocop.reporting.UnitReporting;
import vn.ocop.inspection.NewComplaint;
import vn.ocop.inspection.NewFinding;
import vn.ocop.inspection.NewInspection;
import vn.ocop.inspection.NewPlan;
import vn.ocop.inspection.NewPlanItem;
import vn.ocop.reporting.NewProducerReport;
import vn.ocop.reporting.NewUnitReport;
import vn.ocop.inspection.Sanction;
import vn.ocop.reporting.SalesChannel;
import vn.ocop.registry.ProductFilter;
import vn.ocop.registry.ProductSummary;
import vn.ocop.registry.RegistryManagement;

/**
 * Monitoring on top of the demo registry and certificates: the last six months of reports of the demo producers
 * in the programme (the last month compiled by its commune), an approved inspection plan for the current year on the
 * certified products, one inspection under way with part of its checklist and a finding, and one public complaint.
 */
@Component
class MonitoringDemoData {

	private static final Logger log = LoggerFactory.getLogger(MonitoringDemoData.class);

	private final MonthlyReporting reporting;
	private final UnitReporting units;
	private final InspectionPlanning planning;
	private final InspectionManagement inspections;
	private final ComplaintManagement complaints;
	private final RegistryManagement registry;
	private final CertificationManagement certification;
	private final Clock clock;

	MonitoringDemoData(MonthlyReporting reporting, UnitReporting units, InspectionPlanning planning,
			InspectionManagement inspections, ComplaintManagement complaints, RegistryManagement registry,
			CertificationManagement certification, Clock clock) {
		this.reporting = reporting;
		this.units = units;
		this.planning = planning;
		this.inspections = inspections;
		this.complaints = complaints;
		this.registry = registry;
		this.certification = certification;
		this.clock = clock;
	}

	@EventListener(DemoDataCreated.class)
	@Order(30)
	void create() {
		DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> {
			try {
				reports();
				plan();
				complaint();
			}
			catch (RuntimeException e) {
				log.warn("Monitoring demo data incomplete: {}", e.toString());
			}
		});
	}

	private void reports() {
		Map<UUID, ProductSummary> producers = new LinkedHashMap<>();
		registry.allProducts(new ProductFilter(null, null, null, null, null, null, 1), 500)
				.forEach(p -> producers.putIfAbsent(p.producerId(), p));
		YearMonth last = YearMonth.now(clock).minusMonths(1);
		int n = 0;
		for (ProductSummary p : producers.values()) {
			n++;
			for (int back = 5; back >= 0; back--) {
				YearMonth month = last.minusMonths(back);
				long revenue = (60L + 17L * n + 9L * (5 - back) + (month.getMonthValue() == 1 ? 40 : 0)) * 1_000_000L;
				reporting.submit(new NewProducerReport(p.producerId(), month.toString(),
						BigDecimal.valueOf(800 + 120L * n + 35L * (5 - back)), revenue, 8 + 3 * n,
						EnumSet.of(SalesChannel.DIRECT, n % 2 == 0 ? SalesChannel.ONLINE : SalesChannel.OCOP_POINT),
						back == 0 ? "Giá vật tư đầu vào tăng; thiếu kho lạnh bảo quản" : null,
						back == 0 ? "Hỗ trợ tham gia hội chợ OCOP và kết nối siêu thị" : null));
			}
		}
		// the communes (from July 2025 the reporting level) compile last month
		for (var unit : units.compilableUnits(last.toString())) {
			if (unit.code().equals(DemoData.DUC_LINH)) {
				units.submitUnit(new NewUnitReport(unit.code(), last.toString(), null,
						"Các chủ thể duy trì sản xuất ổn định, doanh thu tăng so với tháng trước",
						"Thiếu kho lạnh; chi phí vận chuyển cao",
						"Đề nghị tỉnh hỗ trợ xúc tiến thương mại cho sản phẩm cam"));
			}
		}
		log.info("Demo monthly reports: {} producers, 6 months", producers.size());
	}

	private void plan() {
		LocalDate today = LocalDate.now(clock);
		List<CertificateView> certificates = new ArrayList<>(certification.certificates(CertificateFilter.none()).stream()
				.filter(c -> c.status().inForce()).toList());
		if (certificates.isEmpty()) {
			log.info("Demo inspection plan skipped: no certified products");
			return;
		}
		var plan = planning.createPlan(new NewPlan(today.getYear(), "Kế hoạch kiểm tra, đánh giá hậu kiểm sản phẩm OCOP năm "
				+ today.getYear(), "Sở Nông nghiệp và Môi trường; Chi cục Quản lý chất lượng; Sở Công Thương; UBND cấp xã",
				null, "Kiểm tra việc duy trì tiêu chuẩn của sản phẩm OCOP đã được công nhận (Hoạt động 13 của Kế hoạch)."));
		int month = Math.max(1, today.getMonthValue() - 1);
		for (CertificateView c : certificates) {
			plan = planning.addPlanItem(plan.id(), new NewPlanItem(c.producerId(), c.productId(), month, null));
		}
		planning.submitPlan(plan.id());
		plan = planning.decidePlan(plan.id(), true, "Phê duyệt theo đề nghị của Văn phòng điều phối OCOP tỉnh");
		var item = plan.items().get(0);
		var inspection = inspections.open(new NewInspection(item.id(), null, null, null, today.minusDays(3), "inspector",
				null));
		inspections.recordChecks(inspection.id(), List.of(
				new CheckView(ChecklistItem.OPERATIONS, CheckResult.PASS, "Cơ sở hoạt động bình thường"),
				new CheckView(ChecklistItem.RAW_MATERIALS, CheckResult.PASS, null),
				new CheckView(ChecklistItem.LABELS_PACKAGING, CheckResult.FAIL, "Nhãn chưa ghi hạn sử dụng đúng quy định")));
		inspections.addFinding(inspection.id(), new NewFinding(ChecklistItem.LABELS_PACKAGING,
				"Nhãn sản phẩm chưa ghi hạn sử dụng theo Nghị định 43/2017/NĐ-CP", Sanction.WARNING, null));
		log.info("Demo inspection plan {} approved with {} products, one inspection under way", today.getYear(),
				plan.items().size());
	}

	private void complaint() {
		certification.certificates(CertificateFilter.none()).stream().filter(c -> c.status().inForce()).findFirst()
				.ifPresent(c -> complaints.submit(new NewComplaint(c.code(),
						"Mua sản phẩm tại chợ huyện thấy bao bì bị rách, tem truy xuất không quét được.", "Trần Thị Mai",
						"0987 000 111", null, "demo")));
	}
}
