package vn.ocop.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ocop.support.MonitoringFixtures.DUC_LINH;
import static vn.ocop.support.MonitoringFixtures.basic;
import static vn.ocop.support.MonitoringFixtures.page;
import static vn.ocop.support.MonitoringFixtures.unique;

import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.jayway.jsonpath.JsonPath;

import vn.ocop.criteria.CriteriaApi;
import vn.ocop.support.MonitoringTest;
import vn.ocop.support.MovableClock;
import vn.ocop.support.RatedProducts;

/**
 * The inspection pages' forms (issue 17): a bad input is shown again on the page (200) with its error beside the
 * field, and nothing is recorded; a good one redirects with the same message as before.
 */
@MonitoringTest
class InspectionFormTests {

	@RegisterExtension
	static final GreenMailExtension mail = vn.ocop.support.TestMail.server("monitoring");

	static final String BLANK = "không được để trống";
	static final String REQUIRED = "là bắt buộc";

	@Autowired
	MockMvc mvc;

	@Autowired
	CriteriaApi criteria;

	@Autowired
	MovableClock clock;

	RatedProducts products;

	@BeforeEach
	void setUp() {
		clock.reset();
		products = new RatedProducts(mvc, criteria.scorecard("1048-01").orElseThrow());
	}

	@Test
	void shouldShowAPlanFormsErrorsBesideTheirFieldsAndRecordNothing() throws Exception {
		int plans = count("/api/v1/inspections/plans", "$.length()");
		Document page = html(post("/monitoring/inspections/plans").param("year", "2020").param("title", " ")
				.param("agencies", "Chi cục QLCL"));
		assertThat(page.select("#plan-form #title-error").text()).contains(BLANK);
		assertThat(page.select("#plan-form #np-agencies").val()).isEqualTo("Chi cục QLCL");
		page = html(post("/monitoring/inspections/plans").param("year", "1990").param("title", "Kế hoạch 1990"));
		assertThat(page.select("#plan-form #year-error").text()).isEqualTo("Năm kế hoạch 1990 không hợp lệ.");
		assertThat(count("/api/v1/inspections/plans", "$.length()")).isEqualTo(plans);

		// a line of a plan: the month beside its field, the product beside its own
		String plan = JsonPath.read(mvc.perform(post("/api/v1/inspections/plans").with(basic("admin"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"year\":2020,\"title\":\"Kế hoạch 2020\"}"))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		UUID producer = products.producer(unique("HTX Biểu mẫu"), DUC_LINH, null);
		page = html(post("/monitoring/inspections/plans/" + plan + "/items").param("product", producer + ":")
				.param("month", "13"));
		assertThat(page.select("#item-form #month-error").text()).contains("Tháng kiểm tra 13 không hợp lệ");
		page = html(post("/monitoring/inspections/plans/" + plan + "/items").param("product", "").param("month", "3"));
		assertThat(page.select("#item-form #product-error").text()).contains(BLANK);
		// the reason to return a plan, on the return form
		mvc.perform(post("/monitoring/inspections/plans/" + plan + "/items").param("product", producer + ":")
				.param("month", "3").with(page("admin", "PROVINCE_ADMIN")).with(csrf()))
				.andExpect(status().is3xxRedirection());
		mvc.perform(post("/monitoring/inspections/plans/" + plan + "/submission").with(page("admin", "PROVINCE_ADMIN"))
				.with(csrf())).andExpect(status().is3xxRedirection());
		page = html(post("/monitoring/inspections/plans/" + plan + "/decision").param("approve", "false").param("note", ""));
		assertThat(page.select("#return-form #note-error").text()).contains("Vui lòng nêu lý do trả lại kế hoạch.");
		assertThat(page.select("#approve-form .invalid-feedback")).isEmpty();
		assertThat(JsonPath.<String>read(mvc.perform(get("/api/v1/inspections/plans/" + plan).with(basic("admin")))
				.andReturn().getResponse().getContentAsString(), "$.status")).isEqualTo("SUBMITTED");
	}

	@Test
	void shouldShowAnInspectionsFormErrorsBesideTheirFieldsAndRecordNothing() throws Exception {
		String name = unique("HTX Biểu mẫu kiểm tra");
		UUID producer = products.producer(name, DUC_LINH, "producer");
		UUID product = products.submitted(producer, "Chè " + name, DUC_LINH, null, false);
		String code = products.certified(product, 75);
		String year = String.valueOf(clock.today().getYear());

		// opening one: the day beside its field
		int inspections = count("/api/v1/inspections?year=" + year, "$.length()");
		Document page = html(post("/monitoring/inspections").param("product", producer + ":" + product)
				.param("scheduledOn", "").param("inspector", "inspector"));
		assertThat(page.select("#open-form #scheduledOn-error").text()).contains(REQUIRED);
		assertThat(page.select("#open-form #ou-product option[selected]").val()).isEqualTo(producer + ":" + product);
		assertThat(count("/api/v1/inspections?year=" + year, "$.length()")).isEqualTo(inspections);
		String location = mvc.perform(post("/monitoring/inspections").param("product", producer + ":" + product)
				.param("scheduledOn", clock.today().toString()).param("inspector", "inspector")
				.with(page("admin", "PROVINCE_ADMIN")).with(csrf()))
				.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		String inspection = location.substring(location.lastIndexOf('/') + 1);
		String base = "/monitoring/inspections/" + inspection;

		// the checklist, a finding and the conclusion, each beside its field
		page = html(post(base + "/checklist").param("result-OPERATIONS", "MAYBE"), "inspector", "INSPECTOR");
		assertThat(page.select("#checklist-form [id='results[OPERATIONS]-error']").text()).isNotBlank();
		page = html(multipart(base + "/findings").param("description", "").param("sanction", "DOWNGRADE")
				.param("starsDown", "1"), "inspector", "INSPECTOR");
		assertThat(page.select("#finding-form #description-error").text()).contains(BLANK);
		page = html(multipart(base + "/findings").param("description", "Nhãn thiếu hạn dùng").param("sanction", "DOWNGRADE"),
				"inspector", "INSPECTOR");
		assertThat(page.select("#finding-form #starsDown-error").text()).contains("Hạ sao phải là 1 hoặc 2 sao.");
		assertThat(count("/api/v1/inspections/" + inspection, "$.findings.length()")).isZero();
		page = html(post(base + "/conclusion").param("conclusion", " "), "inspector", "INSPECTOR");
		assertThat(page.select("#conclusion-form #conclusion-error").text()).contains(BLANK);
		page = html(post(base + "/conclusion").param("conclusion", "Vi phạm ghi nhãn")
				.param("inspectedOn", clock.today().plusDays(3).toString()), "inspector", "INSPECTOR");
		assertThat(page.select("#conclusion-form #inspectedOn-error").text()).contains("ở tương lai");
		assertThat(read("/api/v1/inspections/" + inspection, "$.status")).isEqualTo("OPEN");

		// the office's decision on a proposed downgrade: on that finding's own forms
		mvc.perform(multipart(base + "/findings").param("description", "Nhãn thiếu hạn dùng").param("sanction", "DOWNGRADE")
				.param("starsDown", "1").with(page("inspector", "INSPECTOR")).with(csrf()))
				.andExpect(status().is3xxRedirection());
		mvc.perform(post(base + "/conclusion").param("conclusion", "Vi phạm ghi nhãn").with(page("inspector", "INSPECTOR"))
				.with(csrf())).andExpect(status().is3xxRedirection());
		String finding = read("/api/v1/inspections/" + inspection, "$.findings[0].id");
		page = html(post(base + "/findings/" + finding + "/decision").param("follow", "false").param("note", ""));
		assertThat(page.select("[data-dismissal-for=" + finding + "] #note-error").text())
				.contains("Vui lòng nêu lý do không xử lý.");
		page = html(post(base + "/findings/" + finding + "/decision").param("follow", "true").param("note", ""));
		assertThat(page.select("[data-decision-for=" + finding + "] #decisionNumber-error").text()).isNotBlank();
		assertThat(read("/api/v1/inspections/" + inspection, "$.findings[0].sanctionStatus")).isEqualTo("PROPOSED");
		assertThat(code).isNotBlank();
	}

	@Test
	void shouldShowAComplaintsFormErrorsOnItsRowAndRecordNothing() throws Exception {
		String name = unique("HTX Biểu mẫu phản ánh");
		UUID producer = products.producer(name, DUC_LINH, "producer");
		UUID product = products.submitted(producer, "Mật ong " + name, DUC_LINH, null, false);
		String code = products.certified(product, 62);
		// the public form: the description beside its field (422), nothing recorded
		String shortOne = mvc.perform(multipart("/complaints").param("code", code).param("description", "ngắn")
				.param("reporterName", "Trần Thị Bình").with(csrf()).with(r -> { r.setRemoteAddr("10.7.7.8"); return r; }))
				.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		Document form = Jsoup.parse(shortOne);
		assertThat(form.select("#complaint-form #description-error").text()).contains("ít nhất 10 ký tự");
		assertThat(form.select("#complaint-form #cp-name").val()).isEqualTo("Trần Thị Bình");
		String description = "Bao bì phồng, mùi lạ " + name;
		mvc.perform(multipart("/complaints").param("code", code).param("description", description).with(csrf())
				.with(r -> { r.setRemoteAddr("10.7.7.7"); return r; })).andExpect(status().isOk());
		List<String> ids = JsonPath.read(mvc.perform(get("/api/v1/inspections/complaints").with(basic("admin")))
				.andReturn().getResponse().getContentAsString(), "$[?(@.description == '" + description + "')].id");
		String complaint = ids.get(0);
		assertThat(JsonPath.<List<String>>read(mvc.perform(get("/api/v1/inspections/complaints").with(basic("admin")))
				.andReturn().getResponse().getContentAsString(), "$[?(@.description == 'ngắn')].id")).isEmpty();

		Document page = html(post("/monitoring/complaints/" + complaint + "/dismissal").param("note", " "));
		assertThat(page.select("[data-dismiss-for=" + complaint + "] #note-error").text()).contains(BLANK);
		page = html(post("/monitoring/complaints/" + complaint + "/inspection").param("scheduledOn", "")
				.param("inspector", "inspector"));
		assertThat(page.select("[data-inspect-for=" + complaint + "] #scheduledOn-error").text()).contains(REQUIRED);
		assertThat(read("/api/v1/inspections/complaints/" + complaint, "$.status")).isEqualTo("NEW");
	}

	private Document html(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return html(request, "admin", "PROVINCE_ADMIN");
	}

	private Document html(AbstractMockHttpServletRequestBuilder<?> request, String user, String role) throws Exception {
		String body = mvc.perform(request.with(page(user, role)).with(csrf())).andExpect(status().isUnprocessableContent()).andReturn()
				.getResponse().getContentAsString();
		return Jsoup.parse(body);
	}

	private int count(String path, String expression) throws Exception {
		return JsonPath.<Integer>read(mvc.perform(get(path).with(basic("admin"))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString(), expression);
	}

	private String read(String path, String expression) throws Exception {
		return JsonPath.read(mvc.perform(get(path).with(basic("admin"))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString(), expression);
	}
}
