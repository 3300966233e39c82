package vn.ocop.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.ocop.certification.CertificationFacts;
import vn.ocop.criteria.CriteriaApi;
import vn.ocop.geography.GeographyApi;
import vn.ocop.identity.AccessScope;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.identity.UserManagement;
import vn.ocop.outreach.OutletKind;
import vn.ocop.outreach.OutletStatus;
import vn.ocop.outreach.OutletView;
import vn.ocop.outreach.OutreachFacts;
import vn.ocop.planning.PlanManagement;
import vn.ocop.planning.PlanTargets;
import vn.ocop.planning.TargetMeasures;
import vn.ocop.planning.TargetView;
import vn.ocop.registry.ProductLifecycle;
import vn.ocop.registry.RegistryFacts;
import vn.ocop.reporting.MonthlyReporting;
import vn.ocop.shared.NotFoundException;
import vn.ocop.shop.ShopSales;

/**
 * The kpi module booted alone: its own measures and dashboard over mocks of every module it reads (planning's
 * targets, outreach's sales points, the registry, certification, reporting, the shop, identity, geography and the
 * criteria). Its own empty in-memory database and no demo data: each figure is counted from what the test gives.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:kpi-module;DB_CLOSE_DELAY=-1",
		"ocop.demo.enabled=false" })
class KpiModuleTests {

	/** A year gone by: the figures are as at its end. */
	static final int YEAR = 2024;
	static final String DUC_LINH = "18322";

	@MockitoBean
	AccessScope scope;

	@MockitoBean
	UserManagement users;

	@MockitoBean
	RegistryFacts registry;

	@MockitoBean
	ProductLifecycle products;

	@MockitoBean
	CertificationFacts certification;

	@MockitoBean
	CriteriaApi criteria;

	@MockitoBean
	GeographyApi geography;

	@MockitoBean
	MonthlyReporting reporting;

	@MockitoBean
	ShopSales sales;

	@MockitoBean
	PlanTargets targets;

	@MockitoBean
	PlanManagement plans;

	@MockitoBean
	OutreachFacts outreach;

	@Autowired
	KpiDashboard dashboard;

	@Autowired
	KpiReports reports;

	@Autowired
	TargetMeasures measures;

	OutletView open;
	OutletView openedLastYear;
	OutletView closed;

	@BeforeEach
	void setUp() {
		when(scope.requireCurrentUser())
				.thenReturn(new CurrentUser("office", "Văn phòng OCOP", Set.of(Role.PROVINCE_ADMIN), "42"));
		open = outlet("Điểm bán Đức Lĩnh", LocalDate.of(YEAR, 3, 1), null);
		openedLastYear = outlet("Trung tâm Hà Tĩnh", LocalDate.of(YEAR - 1, 9, 1), null);
		closed = outlet("Điểm đã đóng", LocalDate.of(YEAR, 2, 1), LocalDate.of(YEAR, 6, 1));
		when(outreach.outlets()).thenReturn(List.of(open, openedLastYear, closed));
		when(outreach.outlets(anyCollection())).thenReturn(List.of(open, openedLastYear, closed));
		when(targets.of(YEAR)).thenReturn(List.of(new TargetView(UUID.randomUUID(), "outlets", "Điểm bán sản phẩm OCOP",
				BigDecimal.valueOf(4), "điểm", "OUTLETS_OPEN", null)));
	}

	@Test
	void shouldPutTheMeasuredFigureNextToThePlansTargetFirst() {
		var kpis = dashboard.kpis(YEAR);
		assertThat(kpis.get(0).code()).isEqualTo("OUTLETS_OPEN");
		var outlets = kpis.get(0);
		// in operation at the end of the year: the two still open, not the one closed in June
		assertThat(outlets.actual()).isEqualByComparingTo("2");
		assertThat(outlets.target()).isEqualByComparingTo("4");
		assertThat(outlets.progress()).isEqualTo(50);
		assertThat(outlets.measurement().breakdown()).containsEntry("programme.breakdown.outletsOpenedInYear",
				BigDecimal.ONE);
		assertThat(kpis).extracting(KpiResult::code).contains("PRODUCTS_CERTIFIED", "TRAINED_SHARE", "PRODUCER_REVENUE",
				"SHOP_SALES");
		assertThat(kpis.stream().skip(1)).allSatisfy(k -> assertThat(k.target()).isNull());
	}

	@Test
	void shouldListTheRecordsBehindAFigureNamedByTheirOwner() {
		var page = dashboard.records(YEAR, "OUTLETS_OPEN", null, null, null, 0, 20);
		assertThat(page.total()).isEqualTo(2);
		assertThat(page.listed()).isTrue();
		assertThat(page.rows()).extracting(KpiDashboard.RecordRow::name)
				.containsExactlyInAnyOrder("Điểm bán Đức Lĩnh", "Trung tâm Hà Tĩnh");
		assertThat(page.rows()).allSatisfy(r -> assertThat(r.link()).startsWith("/programme/outlets/"));
		assertThat(dashboard.records(YEAR, "OUTLETS_OPEN", "99999", null, null, 0, 20).total()).isZero();
		assertThatThrownBy(() -> dashboard.records(YEAR, "NO_SUCH_KPI", null, null, null, 0, 20))
				.isInstanceOf(NotFoundException.class);
	}

	@Test
	void shouldGiveThePlanPageTheFiguresOfItsTargets() {
		var measured = measures.measured(YEAR);
		assertThat(measured.get("OUTLETS_OPEN")).satisfies(m -> {
			assertThat(m.actual()).isEqualByComparingTo("2");
			assertThat(m.available()).isTrue();
			assertThat(m.progress()).isEqualTo(50);
			assertThat(m.rule()).isNotBlank();
		});
		assertThat(measures.codes()).isEqualTo(dashboard.measureCodes()).contains("OUTLETS_OPEN", "PILOTS_DISTRICT");
	}

	@Test
	void shouldRefuseTheFiguresToAProducer() {
		when(scope.requireCurrentUser()).thenReturn(new CurrentUser("producer", "HTX", Set.of(Role.PRODUCER), DUC_LINH));
		assertThatThrownBy(() -> dashboard.kpis(YEAR)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> dashboard.drilldown(YEAR, "OUTLETS_OPEN")).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void shouldWriteEveryIndicatorToTheWorkbook() throws Exception {
		when(plans.lateTasks()).thenReturn(List.of());
		when(reporting.revenueByMonth(anyInt())).thenReturn(List.of());
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(reports.xlsx(YEAR)))) {
			var sheet = workbook.getSheetAt(0);
			StringBuilder text = new StringBuilder();
			sheet.forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('|')));
			assertThat(text).contains("OUTLETS_OPEN", "PRODUCTS_CERTIFIED", "SHOP_SALES");
		}
	}

	@Test
	void shouldLayTheWorkbookOutAsTheOfficeReadsIt() throws Exception {
		when(plans.lateTasks()).thenReturn(List.of());
		when(reporting.revenueByMonth(anyInt())).thenReturn(List.of());
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(reports.xlsx(YEAR)))) {
			// indicators, breakdowns, the monthly trend and the communes, each under its title and a blank row
			assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
			var indicators = workbook.getSheetAt(0);
			assertThat(indicators.getRow(0).getCell(0).getStringCellValue()).contains(String.valueOf(YEAR));
			assertThat(indicators.getRow(1) == null).as("a blank row under the title").isTrue();
			assertThat(indicators.getRow(2).getCell(0).getCellStyle().getFillPattern())
					.isEqualTo(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
			var outlets = indicators.getRow(3);
			assertThat(outlets.getCell(0).getStringCellValue()).isEqualTo("OUTLETS_OPEN");
			assertThat(outlets.getCell(2).getNumericCellValue()).isEqualTo(4.0);
			assertThat(outlets.getCell(3).getNumericCellValue()).isEqualTo(2.0);
			assertThat(outlets.getCell(5).getNumericCellValue()).isEqualTo(0.5);
			assertThat(outlets.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0%");
			var breakdown = workbook.getSheetAt(1);
			assertThat(breakdown.getRow(2).getCell(0).getStringCellValue()).isEqualTo(outletsName());
			assertThat(workbook.getSheetAt(2).getRow(2).getCell(12).getStringCellValue()).isEqualTo("12/" + YEAR);
		}
	}

	private String outletsName() {
		return dashboard.kpis(YEAR).get(0).name();
	}

	private static OutletView outlet(String name, LocalDate openedOn, LocalDate closedOn) {
		return new OutletView(UUID.randomUUID(), name, OutletKind.POINT, "Thôn 1", DUC_LINH, 18.35, 105.47,
				"HTX", null, null, closedOn == null ? OutletStatus.OPEN : OutletStatus.CLOSED,
				openedOn, closedOn, List.of(), List.of());
	}
}
