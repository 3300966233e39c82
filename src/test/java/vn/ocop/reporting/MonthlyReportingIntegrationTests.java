package vn.ocop.reporting;

import vn.ocop.support.MonitoringFixtures;
import vn.ocop.support.MonitoringTest;
import vn.ocop.support.MovableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ocop.support.MonitoringFixtures.DUC_LINH;
import static vn.ocop.support.MonitoringFixtures.VU_QUANG;
import static vn.ocop.support.MonitoringFixtures.basic;
import static vn.ocop.support.MonitoringFixtures.page;
import static vn.ocop.support.MonitoringFixtures.unique;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.jayway.jsonpath.JsonPath;

/**
 * Monthly reporting end to end over the API: routing by the structure in force for the period (district before
 * July 2025, commune after), locked reports with corrections as versions, who has and has not reported, sums,
 * the unit's compiled report pre-filled with its producers' sums, the province view with the late units, the KPI
 * read API, reminders by the job on a moved clock, exports.
 */
@MonitoringTest
class MonthlyReportingIntegrationTests {

	@RegisterExtension
	static final GreenMailExtension mail = vn.ocop.support.TestMail.server("monitoring");

	@Autowired
	MockMvc mvc;

	@Autowired
	MovableClock clock;

	@Autowired
	MonitoringReminders reminders;

	@Autowired
	MonthlyReporting reporting;

	MonitoringFixtures fixtures;
	String lastMonth;

	@BeforeEach
	void setUp() {
		clock.reset();
		fixtures = new MonitoringFixtures(mvc);
		lastMonth = YearMonth.now(MovableClock.ZONE).minusMonths(1).toString();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Autowired
	RosterBackfill backfill;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	Reporters reporters;

	@Test
	void shouldPutOnTheRosterTheProducersRegisteredBeforeItFollowedTheRegistry() throws Exception {
		UUID producer = fixtures.producerInProgramme(unique("HTX Có từ trước"), DUC_LINH, "producer");
		assertThat(reporters.existsById(producer)).isTrue();
		// as on a database that predates the monitoring module: the registry has the products, the roster not
		jdbc.sql("delete from monitoring_roster_product where producer_id = ?").param(producer).update();
		jdbc.sql("delete from monitoring_reporter where producer_id = ?").param(producer).update();
		assertThat(reporters.existsById(producer)).isFalse();

		assertThat(backfill.backfill()).isPositive();
		assertThat(reporters.existsById(producer)).isTrue();
		assertThat(reporters.findActive(RosterProduct.IN_PROGRAMME)).extracting(Reporter::getProducerId).contains(producer);
		assertThat(backfill.backfill()).isZero();
	}

	@Test
	void shouldLetOnlyThoseWhoReportForAProducerCorrectItsReport() throws Exception {
		// finding 1 of issue 15: the inspector reads every report but writes none
		UUID producer = fixtures.producerInProgramme(unique("HTX Đính chính"), DUC_LINH, "producer");
		String json = fixtures.report("producer", producer, "2025-09", 10_000_000, 3).andExpect(status().isCreated())
				.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(json, "$.id");
		String correction = """
				{"productionVolume":1,"revenueVnd":1,"workers":1,"reason":"Sửa số liệu"}""";
		mvc.perform(get("/api/v1/reports/monthly/" + id).with(basic("inspector"))).andExpect(status().isOk());
		for (String outsider : List.of("inspector", "editor", "council1", "district-hs", "producer-hs")) {
			mvc.perform(post("/api/v1/reports/monthly/" + id + "/corrections").with(basic(outsider))
					.contentType(MediaType.APPLICATION_JSON).content(correction))
					.andExpect(status().isForbidden());
		}
		mvc.perform(post("/monitoring/reports/" + id + "/correction").with(page("inspector", "INSPECTOR")).with(csrf())
				.param("productionVolume", "1").param("revenueVnd", "1").param("workers", "1").param("reason", "x"))
				.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/reports/monthly/" + id).with(basic("producer")))
				.andExpect(jsonPath("$.version").value(1)).andExpect(jsonPath("$.revenueVnd").value(10_000_000));
		mvc.perform(post("/api/v1/reports/monthly/" + id + "/corrections").with(basic("commune"))
				.contentType(MediaType.APPLICATION_JSON).content(correction))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(2));
	}

	@Test
	void shouldLetOnlyOfficersReadTheTrendOfAUnit() throws Exception {
		// finding 2 of issue 15: the role is checked whether or not a unit is named
		for (String reader : List.of("editor", "council1", "producer")) {
			for (String unit : new String[] { null, VU_QUANG, DUC_LINH }) {
				var request = get("/api/v1/reports/trend").param("from", "2025-01").param("to", "2025-06").with(basic(reader));
				if (unit != null) {
					request.param("unitCode", unit);
				}
				mvc.perform(request).andExpect(status().isForbidden());
			}
		}
		mvc.perform(get("/api/v1/reports/trend").param("from", "2025-01").param("to", "2025-06")
				.param("unitCode", DUC_LINH).with(basic("district-hs"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/reports/trend").param("from", "2025-01").param("to", "2025-06")
				.param("unitCode", DUC_LINH).with(basic("district"))).andExpect(status().isOk())
				.andExpect(jsonPath("$.length()").value(6));
	}

	@Test
	void shouldRouteLockCorrectAndSumProducersReports() throws Exception {
		// producers that joined today report from this month on (the month due by the 15th of the next)
		String lastMonth = YearMonth.now(MovableClock.ZONE).toString();
		Map<String, Object> before = summary("commune", lastMonth, DUC_LINH);
		UUID producer = fixtures.producerInProgramme(unique("HTX Báo cáo Đức Lĩnh"), DUC_LINH, "producer");
		UUID silent = fixtures.producerInProgramme(unique("HTX Chưa báo cáo"), DUC_LINH, "producer");

		// from July 2025 the commune receives the report
		String json = fixtures.report("producer", producer, lastMonth, 150_000_000, 12)
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.status").value("SUBMITTED"))
				.andExpect(jsonPath("$.version").value(1))
				.andExpect(jsonPath("$.reportingUnitCode").value(DUC_LINH))
				.andExpect(jsonPath("$.salesChannels.length()").value(2))
				.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(json, "$.id");
		// locked: a second report for the month is refused, corrections go through the correction action
		fixtures.report("producer", producer, lastMonth, 1, 1).andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail", containsString("đính chính")));
		// another producer's account may not report for it
		fixtures.report("producer-hs", producer, "2026-01", 1, 1).andExpect(status().isForbidden());
		// before July 2025 the district received it; the commune officer reports on the producer's behalf
		fixtures.report("commune", producer, "2025-03", 90_000_000, 10).andExpect(status().isCreated())
				.andExpect(jsonPath("$.reportingUnitCode").value(VU_QUANG))
				.andExpect(jsonPath("$.submittedBy").value("commune"));

		// who has and has not reported
		String rows = mvc.perform(get("/api/v1/reports/monthly").param("period", lastMonth).param("unitCode", DUC_LINH)
				.with(basic("commune"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<Boolean>>read(rows, "$[?(@.producerId == '" + producer + "')].reported")).containsExactly(true);
		assertThat(JsonPath.<List<Boolean>>read(rows, "$[?(@.producerId == '" + silent + "')].reported")).containsExactly(false);
		Map<String, Object> after = summary("commune", lastMonth, DUC_LINH);
		assertThat(number(after, "reported") - number(before, "reported")).isEqualTo(1);
		assertThat(number(after, "expected") - number(before, "expected")).isEqualTo(2);
		assertThat(number(after, "revenueVnd") - number(before, "revenueVnd")).isEqualTo(150_000_000L);
		assertThat(number(after, "workers") - number(before, "workers")).isEqualTo(12);
		// the district officer of Hương Sơn does not see Vũ Quang's producers
		mvc.perform(get("/api/v1/reports/monthly").param("period", lastMonth).param("unitCode", DUC_LINH)
				.with(basic("district-hs"))).andExpect(status().isForbidden());

		// a correction is a new version with a reason; both stay visible and the sums follow the current one
		mvc.perform(post("/api/v1/reports/monthly/" + id + "/corrections").with(basic("producer"))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"productionVolume":1300,"revenueVnd":160000000,"workers":12}"""))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(post("/api/v1/reports/monthly/" + id + "/corrections").with(basic("producer"))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"productionVolume":1300,"revenueVnd":160000000,"workers":12,"reason":"Thiếu một hóa đơn bán hàng"}"""))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(2))
				.andExpect(jsonPath("$.correctionReason").value("Thiếu một hóa đơn bán hàng"));
		mvc.perform(get("/api/v1/reports/monthly/versions").param("producerId", producer.toString())
				.param("period", lastMonth).with(basic("producer")))
				.andExpect(jsonPath("$.length()").value(2))
				.andExpect(jsonPath("$[0].status").value("SUPERSEDED"))
				.andExpect(jsonPath("$[0].revenueVnd").value(150_000_000))
				.andExpect(jsonPath("$[1].status").value("SUBMITTED"));
		mvc.perform(post("/api/v1/reports/monthly/" + id + "/corrections").with(basic("producer"))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"productionVolume":1,"revenueVnd":1,"workers":1,"reason":"x"}"""))
				.andExpect(status().isConflict());
		assertThat(number(summary("commune", lastMonth, DUC_LINH), "revenueVnd") - number(before, "revenueVnd"))
				.isEqualTo(160_000_000L);

		// the producer's own page data
		mvc.perform(get("/api/v1/reports/monthly/mine").with(basic("producer")))
				.andExpect(jsonPath("$[?(@.producerId == '" + producer + "')].history[0].version").value(2))
				.andExpect(jsonPath("$[?(@.producerId == '" + producer + "')].history[0].period").value(lastMonth));

		// the province-wide KPI read API sums every producer of the month
		int month = YearMonth.parse(lastMonth).getMonthValue();
		var totals = reporting.revenueByMonth(YearMonth.parse(lastMonth).getYear());
		assertThat(totals).hasSize(12);
		assertThat(totals.get(month - 1).revenueVnd()).isGreaterThanOrEqualTo(160_000_000L);
		assertThat(reporting.totalsByUnit(YearMonth.of(2025, 3))).anyMatch(t -> t.unitCode().equals(VU_QUANG)
				&& t.revenueVnd() >= 90_000_000L && t.unitName().contains("Vũ Quang"));
	}

	@Test
	void shouldRefuseBadReportsNamingTheField() throws Exception {
		UUID producer = fixtures.producerInProgramme(unique("HTX Số liệu sai"), DUC_LINH, "producer");
		String future = YearMonth.now(MovableClock.ZONE).plusMonths(1).toString();
		fixtures.report("producer", producer, future, 1, 1).andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.detail", containsString(future)));
		fixtures.report("producer", producer, "2026-13", 1, 1).andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.detail", containsString("2026-13")));
		fixtures.report("producer", producer, "10/2026", 1, 1).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("period"));
		fixtures.report("producer", producer, lastMonth, -5, 1).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("revenueVnd"));
		mvc.perform(post("/api/v1/reports/monthly").with(basic("producer")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"producerId\":\"" + producer + "\",\"period\":\"" + lastMonth + "\",\"revenueVnd\":1,\"workers\":1}"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("productionVolume"));
		mvc.perform(post("/api/v1/reports/monthly").with(basic("producer")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"producerId\":\"" + UUID.randomUUID() + "\",\"period\":\"" + lastMonth
						+ "\",\"productionVolume\":1,\"revenueVnd\":1,\"workers\":1}"))
				.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/reports/monthly/summary").param("period", "tháng mười").with(basic("admin")))
				.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail", containsString("tháng mười")));
		// nothing was recorded by the refused requests
		mvc.perform(get("/api/v1/reports/monthly/mine").with(basic("producer")))
				.andExpect(jsonPath("$[?(@.producerId == '" + producer + "')].history.length()").value(0));
	}

	@Test
	void shouldCompileTheUnitReportPrefilledAndShowTheProvinceWithTheLateUnits() throws Exception {
		String period = "2025-05";
		UUID one = fixtures.producerInProgramme(unique("HTX Tổng hợp Một"), DUC_LINH, "producer");
		UUID two = fixtures.producerInProgramme(unique("HTX Tổng hợp Hai"), DUC_LINH, "producer");
		fixtures.report("producer", one, period, 40_000_000, 5).andExpect(status().isCreated());
		fixtures.report("producer", two, period, 60_000_000, 7).andExpect(status().isCreated());

		// May 2025: the district (Vũ Quang) compiles; a commune officer may not
		String draft = mvc.perform(get("/api/v1/reports/units/draft").param("unitCode", VU_QUANG).param("period", period)
				.with(basic("district"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(((Number) JsonPath.read(draft, "$.revenueVnd")).longValue()).isGreaterThanOrEqualTo(100_000_000L);
		assertThat((String) JsonPath.read(draft, "$.difficulties")).contains("Thiếu vốn mở rộng nhà xưởng");
		assertThat((String) JsonPath.read(draft, "$.unitName")).contains("Vũ Quang");
		mvc.perform(get("/api/v1/reports/units/draft").param("unitCode", DUC_LINH).param("period", period)
				.with(basic("commune"))).andExpect(status().isUnprocessableContent());
		mvc.perform(get("/api/v1/reports/units/draft").param("unitCode", VU_QUANG).param("period", period)
				.with(basic("district-hs"))).andExpect(status().isForbidden());

		String unitJson = mvc.perform(post("/api/v1/reports/units").with(basic("district"))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"unitCode":"441","period":"%s","strengths":"Sản lượng cam tăng","problems":"Mưa lớn",
						 "proposals":"Hỗ trợ xúc tiến thương mại"}""".formatted(period)))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.late").value(true))
				.andExpect(jsonPath("$.strengths").value("Sản lượng cam tăng"))
				.andReturn().getResponse().getContentAsString();
		long unitRevenue = ((Number) JsonPath.read(unitJson, "$.revenueVnd")).longValue();
		assertThat(unitRevenue).isGreaterThanOrEqualTo(100_000_000L);
		mvc.perform(post("/api/v1/reports/units").with(basic("district")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"unitCode\":\"441\",\"period\":\"" + period + "\"}")).andExpect(status().isConflict());
		String unitId = JsonPath.read(unitJson, "$.id");
		mvc.perform(post("/api/v1/reports/units/" + unitId + "/corrections").with(basic("district"))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"strengths":"Sản lượng cam tăng 10%","reason":"Bổ sung số liệu"}"""))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(2));

		// the province: every unit, Vũ Quang reported (late), Hương Sơn's late list entry if it has producers
		String province = mvc.perform(get("/api/v1/reports/province").param("period", period).with(basic("admin")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<Integer>>read(province, "$.units[?(@.unitCode == '441')].report.version")).containsExactly(2);
		assertThat(JsonPath.<List<Boolean>>read(province, "$.units[?(@.unitCode == '441')].late")).containsExactly(true);
		assertThat(((Number) JsonPath.read(province, "$.total.revenueVnd")).longValue()).isGreaterThanOrEqualTo(unitRevenue);
		assertThat(JsonPath.<List<Object>>read(province, "$.trend")).hasSize(12);
		mvc.perform(get("/api/v1/reports/province").param("period", period).with(basic("district")))
				.andExpect(status().isForbidden());

		// exports
		byte[] pdf = mvc.perform(get("/api/v1/reports/province/summary.pdf").param("period", period).with(basic("admin")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(text).contains("Vũ Quang").contains("05/2025");
		}
		byte[] xlsx = mvc.perform(get("/api/v1/reports/monthly/export.xlsx").param("period", period)
				.param("unitCode", VU_QUANG).with(basic("district"))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Chủ thể");
			boolean found = false;
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				found |= sheet.getRow(r).getCell(0).getStringCellValue().startsWith("HTX Tổng hợp Một");
			}
			assertThat(found).isTrue();
		}
	}

	@Test
	void shouldServeTheReportPagesToEachRole() throws Exception {
		String name = unique("HTX Trang báo cáo");
		UUID producer = fixtures.producerInProgramme(name, DUC_LINH, "producer");
		// the producer fills the form from the page (CSRF token, redirect, flash)
		mvc.perform(get("/monitoring/reports").with(page("producer", "PRODUCER")))
				.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/monitoring/reports/mine"));
		mvc.perform(get("/monitoring/reports/mine").with(page("producer", "PRODUCER"))).andExpect(status().isOk())
				.andExpect(content().string(containsString(name)));
		mvc.perform(post("/monitoring/reports/mine").with(page("producer", "PRODUCER")).with(csrf())
				.param("producerId", producer.toString()).param("period", lastMonth).param("productionVolume", "12.5")
				.param("revenueVnd", "7000000").param("workers", "3").param("salesChannels", "DIRECT"))
				.andExpect(status().is3xxRedirection())
				.andExpect(flash().attribute("monitoringFlash", containsString(name)));
		mvc.perform(post("/monitoring/reports/mine").with(page("producer", "PRODUCER")).with(csrf())
				.param("producerId", producer.toString()).param("period", lastMonth).param("productionVolume", "1")
				.param("revenueVnd", "1").param("workers", "1"))
				// the form shown again (issue 17) with the rule above it, on that producer's form: 409, already reported
				.andExpect(status().isConflict()).andExpect(content().string(containsString("đính chính")));
		// the commune officer's list and compiled report; the office's province view
		mvc.perform(get("/monitoring/reports/unit").param("period", lastMonth).with(page("commune", "COMMUNE_OFFICER")))
				.andExpect(status().isOk()).andExpect(content().string(containsString(name)))
				.andExpect(content().string(containsString("unit-report")));
		mvc.perform(get("/monitoring/reports/province").param("period", lastMonth).with(page("admin", "PROVINCE_ADMIN")))
				.andExpect(status().isOk()).andExpect(content().string(containsString("monitoring-trend")))
				.andExpect(content().string(containsString("Mai Hoa")));
		mvc.perform(get("/monitoring/reports/province").with(page("district", "DISTRICT_OFFICER"))).andExpect(status().isForbidden());
		// one report with its versions and the correction form; an officer's form on a producer's behalf
		String id = JsonPath.<List<String>>read(mvc.perform(get("/api/v1/reports/monthly/mine").with(basic("producer")))
				.andReturn().getResponse().getContentAsString(), "$[?(@.producerId == '" + producer + "')].history[0].id")
				.get(0);
		mvc.perform(get("/monitoring/reports/" + id).with(page("producer", "PRODUCER"))).andExpect(status().isOk())
				.andExpect(content().string(containsString("c-reason")));
		UUID other = fixtures.producerInProgramme(unique("HTX Báo cáo thay"), DUC_LINH, "producer");
		mvc.perform(get("/monitoring/reports/new").param("producerId", other.toString())
				.param("period", YearMonth.now(MovableClock.ZONE).toString())
				.with(page("commune", "COMMUNE_OFFICER"))).andExpect(status().isOk());
	}

	@Test
	void shouldRemindProducersBeforeTheDeadlineAndTheLateOnceEach() throws Exception {
		String name = unique("HTX Được nhắc");
		UUID producer = fixtures.producerInProgramme(name, DUC_LINH, "producer");
		YearMonth next = YearMonth.now(MovableClock.ZONE).plusMonths(1);
		// three days before the 15th of next month: this month's report is due
		clock.moveTo(next.atDay(13));
		var rounds = reminders.runOn(clock.today());
		assertThat(rounds).anyMatch(r -> r.kind().equals("PRODUCER") && r.stage().equals("BEFORE") && r.sent() >= 1);
		assertThat(reminders.runOn(clock.today())).noneMatch(r -> r.kind().equals("PRODUCER"));
		mvc.perform(get("/api/v1/notifications").with(basic("producer")))
				.andExpect(jsonPath("$[?(@.topic == 'monitoring.report-reminder')].text").value(hasItem(containsString(name))));
		assertThat(mailWithSubject(name)).as("reminder e-mail to the producer's account").isTrue();
		// after the deadline the late are told
		clock.moveTo(next.atDay(16));
		assertThat(reminders.runOn(clock.today())).anyMatch(r -> r.kind().equals("PRODUCER") && r.stage().equals("LATE"));
		mvc.perform(get("/api/v1/reports/monthly").param("period", YearMonth.now(MovableClock.ZONE).toString())
				.with(basic("producer"))).andExpect(status().isOk())
				.andExpect(jsonPath("$[?(@.producerId == '" + producer + "')].late").value(true));
		// an officer reminds by hand
		clock.reset();
		mvc.perform(post("/api/v1/reports/monthly/reminders").param("period", lastMonth).param("unitCode", DUC_LINH)
				.with(basic("commune"))).andExpect(status().isOk()).andExpect(jsonPath("$.reminded").isNumber());
		mvc.perform(post("/api/v1/reports/monthly/reminders").param("period", lastMonth).with(basic("producer")))
				.andExpect(status().isForbidden());
	}

	private static boolean mailWithSubject(String text) {
		try {
			org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(() -> {
				for (var message : mail.getReceivedMessages()) {
					if (message.getSubject() != null && message.getSubject().contains(text)
							&& !GreenMailUtil.getBody(message).isBlank()) {
						return true;
					}
				}
				return false;
			});
			return true;
		}
		catch (org.awaitility.core.ConditionTimeoutException e) {
			return false;
		}
	}

	private Map<String, Object> summary(String user, String period, String unit) throws Exception {
		return JsonPath.read(mvc.perform(get("/api/v1/reports/monthly/summary").param("period", period)
				.param("unitCode", unit).with(basic(user))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString(), "$");
	}

	private static long number(Map<String, Object> map, String key) {
		return ((Number) map.get(key)).longValue();
	}

}
