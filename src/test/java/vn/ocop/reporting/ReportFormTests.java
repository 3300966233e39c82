package vn.ocop.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ocop.support.MonitoringFixtures.DUC_LINH;
import static vn.ocop.support.MonitoringFixtures.basic;
import static vn.ocop.support.MonitoringFixtures.page;
import static vn.ocop.support.MonitoringFixtures.unique;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.jayway.jsonpath.JsonPath;

import vn.ocop.support.MonitoringFixtures;
import vn.ocop.support.MonitoringTest;
import vn.ocop.support.MovableClock;

/**
 * The monthly report pages' forms (issue 17): a bad input is shown again on the page (200) with its error beside
 * the field, and nothing is recorded.
 */
@MonitoringTest
class ReportFormTests {

	@RegisterExtension
	static final GreenMailExtension mail = vn.ocop.support.TestMail.server("monitoring");

	@Autowired
	MockMvc mvc;

	@Autowired
	MovableClock clock;

	MonitoringFixtures fixtures;
	String lastMonth;

	@BeforeEach
	void setUp() {
		clock.reset();
		fixtures = new MonitoringFixtures(mvc);
		lastMonth = YearMonth.now(MovableClock.ZONE).minusMonths(1).toString();
	}

	@Test
	void shouldShowAProducersReportErrorsBesideTheirFieldsAndRecordNothing() throws Exception {
		UUID producer = fixtures.producerInProgramme(unique("HTX Biểu mẫu báo cáo"), DUC_LINH, "producer");
		String prefix = "#r-" + producer;
		Document page = html(post("/monitoring/reports/mine").param("producerId", producer.toString())
				.param("period", lastMonth).param("productionVolume", "-1").param("revenueVnd", "")
				.param("workers", "3").param("difficulties", "Thiếu vốn"), "producer", "PRODUCER");
		assertThat(page.select(prefix + "-volume-error").text()).contains("không được là số âm");
		assertThat(page.select(prefix + "-revenue-error").text()).contains("là bắt buộc");
		assertThat(page.select(prefix + "-workers-error")).isEmpty();
		assertThat(page.select(prefix + "-difficulties").text()).isEqualTo("Thiếu vốn");
		assertThat(history(producer)).isEmpty();

		// a correction without its reason: beside the reason, and the report keeps its version
		mvc.perform(post("/monitoring/reports/mine").param("producerId", producer.toString()).param("period", lastMonth)
				.param("productionVolume", "12.5").param("revenueVnd", "7000000").param("workers", "3")
				.with(page("producer", "PRODUCER")).with(csrf())).andExpect(status().is3xxRedirection());
		String id = history(producer).get(0);
		page = html(post("/monitoring/reports/" + id + "/correction").param("productionVolume", "13")
				.param("revenueVnd", "7000000").param("workers", "3").param("reason", " "), "producer", "PRODUCER");
		assertThat(page.select("#correction-form #reason-error").text()).contains("Vui lòng nêu lý do đính chính.");
		assertThat(JsonPath.<Integer>read(mvc.perform(get("/api/v1/reports/monthly/" + id).with(basic("producer")))
				.andReturn().getResponse().getContentAsString(), "$.version")).isEqualTo(1);
	}

	@Test
	void shouldShowAUnitsReportErrorsBesideTheirFieldsAndRecordNothing() throws Exception {
		String draft = "/api/v1/reports/units/draft?unitCode=" + DUC_LINH + "&period=" + lastMonth;
		String before = mvc.perform(get(draft).with(basic("commune"))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
		Object submitted = JsonPath.read(before, "$.submitted");
		String path = submitted == null ? "/monitoring/reports/unit"
				: "/monitoring/reports/unit/" + JsonPath.read(before, "$.submitted.id") + "/correction";
		Document page = html(post(path).param("unitCode", DUC_LINH).param("period", lastMonth)
				.param("strengths", "x".repeat(2001)).param("reason", "Bổ sung"), "commune", "COMMUNE_OFFICER");
		assertThat(page.select("#unit-form #strengths-error").text()).isNotBlank();
		assertThat(page.select("#unit-form #strengths").text()).hasSize(2001);
		String after = mvc.perform(get(draft).with(basic("commune"))).andReturn().getResponse().getContentAsString();
		assertThat(String.valueOf((Object) JsonPath.read(after, "$.submitted")))
				.isEqualTo(String.valueOf(submitted));

		// reminders without a month: above the button
		page = html(post("/monitoring/reports/reminders").param("period", "").param("unitCode", DUC_LINH), "commune",
				"COMMUNE_OFFICER");
		assertThat(page.select("#reminder-form #period-error").text()).contains("không được để trống");
	}

	private Document html(MockHttpServletRequestBuilder request, String user, String role) throws Exception {
		return Jsoup.parse(mvc.perform(request.with(page(user, role)).with(csrf())).andExpect(status().isUnprocessableContent())
				.andReturn().getResponse().getContentAsString());
	}

	private List<String> history(UUID producer) throws Exception {
		return JsonPath.read(mvc.perform(get("/api/v1/reports/monthly/mine").with(basic("producer"))).andReturn()
				.getResponse().getContentAsString(), "$[?(@.producerId == '" + producer + "')].history[*].id");
	}
}
