package vn.ocop.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.jayway.jsonpath.JsonPath;

import vn.ocop.criteria.CriteriaApi;
import vn.ocop.notification.Notifications;
import vn.ocop.outreach.OutreachApi;
import vn.ocop.support.RatedProducts;
import vn.ocop.support.RegistryFixtures;

/**
 * Programme management end to end over the API and the pages: the Hà Tĩnh 2019 plan as loaded from its data file,
 * tasks with status, notes, attachments and late reminders (in-app and e-mail), KPIs that move when the records
 * move (products, certificates, trainings, outlets, pilots), drill-down, exports, the public map and events pages.
 */
@ProgrammeTest
class ProgrammeIntegrationTests {

	static final String PASSWORD = RegistryFixtures.PASSWORD;
	static final String DUC_LINH = "18322";

	@RegisterExtension
	static final GreenMailExtension mail = vn.ocop.support.TestMail.server("programme");

	@Autowired
	MockMvc mvc;

	@Autowired
	CriteriaApi criteria;

	@Autowired
	LateTaskReminders reminders;

	@Autowired
	Notifications notifications;

	@Autowired
	OutreachApi programme;

	RegistryFixtures registry;

	@BeforeEach
	void setUp() {
		registry = new RegistryFixtures(mvc);
	}

	static RequestPostProcessor admin() {
		return httpBasic("admin", PASSWORD);
	}

	/** A signed-in page user (pages use form login, not HTTP Basic). */
	static RequestPostProcessor page(String user, String role) {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(user)
				.roles(role);
	}

	static RequestPostProcessor as(String user) {
		return httpBasic(user, PASSWORD);
	}

	private String json(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private BigDecimal actual(int year, String code) throws Exception {
		String body = json(mvc.perform(get("/api/v1/kpis").param("year", String.valueOf(year)).with(admin()))
				.andExpect(status().isOk()));
		List<Object> values = JsonPath.read(body, "$[?(@.code == '" + code + "')].actual");
		assertThat(values).as("KPI " + code).hasSize(1);
		return new BigDecimal(String.valueOf(values.get(0)));
	}

	private BigDecimal breakdown(int year, String code, String key) throws Exception {
		String body = json(mvc.perform(get("/api/v1/kpis/" + code).param("year", String.valueOf(year)).with(admin()))
				.andExpect(status().isOk()));
		Object value = JsonPath.read(body, "$.kpi.measurement.breakdown['" + key + "']");
		return new BigDecimal(String.valueOf(value));
	}

	/** A plan of a year no other test uses. */
	private int newPlan() throws Exception {
		for (int attempt = 0; attempt < 20; attempt++) {
			int year = ThreadLocalRandom.current().nextInt(2030, 2100);
			int status = mvc.perform(post("/api/v1/plans").with(admin()).contentType(MediaType.APPLICATION_JSON)
					.content("{\"year\":" + year + ",\"title\":\"Kế hoạch thử " + year + "\"}")).andReturn().getResponse()
					.getStatus();
			if (status == 201) {
				mvc.perform(post("/api/v1/plans/" + year + "/activities").with(admin())
						.contentType(MediaType.APPLICATION_JSON).content("{\"number\":1,\"title\":\"Tuyên truyền\"}"))
						.andExpect(status().isCreated());
				return year;
			}
		}
		throw new IllegalStateException("no free plan year");
	}

	private String addTask(int year, String body) throws Exception {
		return JsonPath.read(json(mvc.perform(post("/api/v1/plans/" + year + "/activities/1/tasks").with(admin())
				.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated())), "$.id");
	}

	// ---------------------------------------------------------------- the 2019 plan

	@Test
	void shouldLoadTheHaTinh2019PlanFaithfully() throws Exception {
		String body = json(mvc.perform(get("/api/v1/plans/2019").with(admin())).andExpect(status().isOk()));
		assertThat(JsonPath.<List<Object>>read(body, "$.targets")).hasSize(12);
		assertThat(JsonPath.<List<Object>>read(body, "$.activities")).hasSize(13);
		assertThat(JsonPath.<List<Integer>>read(body, "$.activities[*].number"))
				.containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
		assertThat(JsonPath.<List<Object>>read(body, "$.targets[?(@.code == 'products-taking-part')].amount"))
				.containsExactly(60.0);
		assertThat(JsonPath.<List<Object>>read(body, "$.targets[?(@.code == 'products-certified')].amount"))
				.containsExactly(25.0);
		assertThat(JsonPath.<List<Object>>read(body, "$.targets[?(@.code == 'trained')].unit")).containsExactly("%");
		// activity 4, task 1: the Trần Phú Political School by 31 May 2019
		assertThat(JsonPath.<String>read(body, "$.activities[3].tasks[0].leadAgency")).isEqualTo("Trường Chính trị Trần Phú");
		assertThat(JsonPath.<String>read(body, "$.activities[3].tasks[0].deadline")).isEqualTo("2019-05-31");
		assertThat(JsonPath.<String>read(body, "$.activities[6].tasks[0].leadAgency")).isEqualTo("Sở Công Thương");
		assertThat(JsonPath.<String>read(body, "$.activities[6].tasks[0].deadline")).isEqualTo("2019-11-30");
		// the demo left the district pilots open: late, highlighted and named in the late list
		assertThat(JsonPath.<List<Boolean>>read(body, "$.activities[5].tasks[?(@.number == '1.2 (huyện)')].late"))
				.containsExactly(true);
		mvc.perform(post("/api/v1/plans/ha-tinh-2019").with(admin())).andExpect(status().isConflict())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/programme/plans/2019").with(page("admin", "PROVINCE_ADMIN"))).andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("late-task")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("Trường Chính trị Trần Phú")));
	}

	@Test
	void shouldRefuseAPlanImportFromOthersBeforeReadingTheFile() throws Exception {
		// finding 9 of issue 15: the role is checked at the door, so a broken (or huge) file is never read
		var file = new org.springframework.mock.web.MockMultipartFile("file", "plan.json", "application/json",
				"{ not json".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		for (String user : List.of("district", "editor", "producer")) {
			mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/plans/import")
					.file(file).with(as(user))).andExpect(status().isForbidden())
					.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/plans/import")
				.file(file).with(admin())).andExpect(status().isUnprocessableContent());
	}

	@Test
	void shouldOnlyLetTheOfficeCreatePlans() throws Exception {
		mvc.perform(post("/api/v1/plans").with(as("district")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"year\":2031,\"title\":\"X\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/plans").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"year\":1990,\"title\":\"X\"}")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/plans/2019").with(as("producer"))).andExpect(status().isForbidden());
	}

	@Test
	void shouldShowEveryErrorOfThePlanFormsBesideItsField() throws Exception {
		int year = newPlan();
		var office = page("admin", "PROVINCE_ADMIN");
		var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
		// a new plan: every bad field at once; the plan's own rule (a plan of that year exists) beside the year
		expectErrors(mvc.perform(post("/programme/plans").with(office).with(csrf).param("year", "năm sau")
				.param("title", " ")), "year", "title");
		expectConflict(mvc.perform(post("/programme/plans").with(office).with(csrf).param("year", String.valueOf(year))
				.param("title", "Kế hoạch trùng năm")), "year");
		// a target, an activity whose number is taken, a task under activity 1 (its form open, the others empty)
		expectErrors(mvc.perform(post("/programme/plans/" + year + "/targets").with(office).with(csrf).param("code", "")
				.param("label", "Sản phẩm đạt sao").param("amount", "nhiều").param("unit", "sản phẩm")), "code", "amount");
		expectConflict(mvc.perform(post("/programme/plans/" + year + "/activities").with(office).with(csrf)
				.param("number", "1").param("title", "Trùng số")), "number");
		expectErrors(mvc.perform(post("/programme/plans/" + year + "/activities/1/tasks").with(office).with(csrf)
				.param("taskNumber", "").param("description", " ").param("deadline", "31/12")),
				"taskNumber", "description", "deadline");
		// a task's forms: status, note, details
		String task = addTask(year, "{\"number\":\"1\",\"description\":\"Xây dựng chuyên mục OCOP\"}");
		expectErrors(mvc.perform(post("/programme/tasks/" + task + "/status").with(office).with(csrf)
				.param("status", "XONG")), "status");
		expectErrors(mvc.perform(post("/programme/tasks/" + task + "/notes").with(office).with(csrf).param("note", "")
				.param("progress", "nhiều")), "note", "progress");
		expectErrors(mvc.perform(post("/programme/tasks/" + task + "/notes").with(office).with(csrf)
				.param("note", "Đã đăng").param("progress", "140")), "progress");
		expectErrors(mvc.perform(post("/programme/tasks/" + task + "/edit").with(office).with(csrf)
				.param("description", "").param("deadline", "mai")), "description", "deadline");
		// good input is saved and shown again after the redirect, as before
		mvc.perform(post("/programme/plans/" + year + "/targets").with(office).with(csrf).param("code", "SAO")
				.param("label", "Sản phẩm đạt sao").param("amount", "12,5").param("unit", "sản phẩm"))
				.andExpect(redirectedUrl("/programme/plans/" + year));
		mvc.perform(post("/programme/tasks/" + task + "/notes").with(office).with(csrf).param("note", "Đã đăng 3 số")
				.param("progress", "40")).andExpect(redirectedUrl("/programme/tasks/" + task));
		mvc.perform(get("/api/v1/plans/tasks/" + task).with(admin())).andExpect(jsonPath("$.progress").value(40));
	}

	/** A refused form: 422, the page again with an error beside each field. */
	private static void expectErrors(org.springframework.test.web.servlet.ResultActions result, String... fields)
			throws Exception {
		expectErrors(422, result, fields);
	}

	/** A form refused by a rule about the record's state (a plan of that year exists …): 409, errors as above. */
	private static void expectConflict(org.springframework.test.web.servlet.ResultActions result, String... fields)
			throws Exception {
		expectErrors(409, result, fields);
	}

	private static void expectErrors(int status, org.springframework.test.web.servlet.ResultActions result,
			String... fields) throws Exception {
		result.andExpect(status().is(status));
		String page = result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		for (String field : fields) {
			assertThat(page).as(field).contains("id=\"" + field + "-error\"");
		}
	}

	// ---------------------------------------------------------------- tasks

	@Test
	void shouldTrackTaskStatusNotesAndAttachments() throws Exception {
		int year = newPlan();
		String task = addTask(year, "{\"number\":\"1\",\"description\":\"Xây dựng chuyên mục OCOP\","
				+ "\"leadAgency\":\"Báo Hà Tĩnh\",\"leadAccount\":\"district\",\"deadline\":\"" + (year) + "-06-30\"}");
		mvc.perform(post("/api/v1/plans/tasks/" + task + "/notes").with(as("district"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"Đã đăng 3 số\",\"progress\":40}"))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("IN_PROGRESS"))
				.andExpect(jsonPath("$.progress").value(40)).andExpect(jsonPath("$.notes[0].author").value("district"));
		// another district's officer is not the lead
		mvc.perform(post("/api/v1/plans/tasks/" + task + "/notes").with(as("district-hs"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"x\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/plans/tasks/" + task + "/notes").with(as("district"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"x\",\"progress\":140}"))
				.andExpect(status().isBadRequest());
		mvc.perform(multipart("/api/v1/plans/tasks/" + task + "/attachments")
				.file(new MockMultipartFile("file", "bao-cao.pdf", "application/pdf", RegistryFixtures.PDF.getBytes()))
				.with(as("district"))).andExpect(status().isCreated())
				.andExpect(jsonPath("$.attachments[0].fileName").value("bao-cao.pdf"))
				.andExpect(jsonPath("$.attachments[0].contentType").value("application/pdf"));
		mvc.perform(multipart("/api/v1/plans/tasks/" + task + "/attachments")
				.file(new MockMultipartFile("file", "virus.pdf", "application/pdf", "MZ\u0090 not a pdf".getBytes()))
				.with(as("district"))).andExpect(status().isUnprocessableContent())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/v1/plans/tasks/" + task + "/status").with(as("district"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"DONE\"}"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.progress").value(100));
		mvc.perform(post("/api/v1/plans/tasks/" + task + "/status").with(as("district"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"PLANNED\"}"))
				.andExpect(status().isConflict());
		String attachments = json(mvc.perform(get("/api/v1/plans/tasks/" + task).with(admin())));
		String attachment = JsonPath.read(attachments, "$.attachments[0].id");
		mvc.perform(get("/api/v1/plans/tasks/" + task + "/attachments/" + attachment).with(admin()))
				.andExpect(status().isOk()).andExpect(content().bytes(RegistryFixtures.PDF.getBytes()));
	}

	@Test
	void shouldRemindTheLeadsOfLateTasksOnceAWeek() throws Exception {
		int year = newPlan();
		String yesterday = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(3).toString();
		String led = addTask(year, "{\"number\":\"1\",\"description\":\"Hội nghị triển khai cấp huyện " + year + "\","
				+ "\"leadAgency\":\"UBND huyện Vũ Quang\",\"leadAccount\":\"district\",\"deadline\":\"" + yesterday + "\"}");
		String unled = addTask(year, "{\"number\":\"2\",\"description\":\"Xúc tiến đầu tư dự án " + year + "\","
				+ "\"deadline\":\"" + yesterday + "\"}");
		addTask(year, "{\"number\":\"3\",\"description\":\"Chưa đến hạn\",\"leadAccount\":\"district-hs\","
				+ "\"deadline\":\"" + LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(5) + "\"}");
		mvc.perform(get("/api/v1/plans/tasks/late").with(admin())).andExpect(status().isOk())
				.andExpect(jsonPath("$[?(@.id == '" + led + "')].daysLate").value(3))
				.andExpect(jsonPath("$[?(@.id == '" + unled + "')]").exists());

		int sent = reminders.run();
		assertThat(sent).isGreaterThanOrEqualTo(2);
		var district = notifications.onTopic("district", LateTaskReminders.TOPIC, Locale.forLanguageTag("vi"));
		assertThat(district).anySatisfy(n -> {
			assertThat(n.text()).contains("Hội nghị triển khai cấp huyện " + year).contains("UBND huyện Vũ Quang");
			assertThat(n.link()).isEqualTo("/programme/tasks/" + led);
		});
		assertThat(notifications.onTopic("admin", LateTaskReminders.TOPIC, Locale.forLanguageTag("vi")))
				.anySatisfy(n -> assertThat(n.text()).contains("Xúc tiến đầu tư dự án " + year));
		assertThat(notifications.onTopic("district-hs", LateTaskReminders.TOPIC, Locale.forLanguageTag("vi")))
				.noneSatisfy(n -> assertThat(n.text()).contains("Chưa đến hạn"));
		// e-mail to the lead account's address, sent after commit
		org.awaitility.Awaitility.await("reminder e-mail to the district officer").atMost(java.time.Duration.ofSeconds(15))
				.until(() -> java.util.Arrays.stream(mail.getReceivedMessages()).anyMatch(m -> {
					try {
						return m.getAllRecipients()[0].toString().equals("ocop.vuquang@hatinh.gov.vn")
								&& m.getSubject().contains("Hội nghị triển khai cấp huyện " + year);
					}
					catch (Exception e) {
						return false;
					}
				}));
		// not again within the week
		int before = district.size();
		reminders.run();
		assertThat(notifications.onTopic("district", LateTaskReminders.TOPIC, Locale.forLanguageTag("vi"))).hasSize(before);
	}

	// ---------------------------------------------------------------- KPIs from records

	@Test
	void shouldCountProductsTakingPartAndCertifiedFromTheRecords() throws Exception {
		int thisYear = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
		BigDecimal takingPart = actual(2019, "PRODUCTS_TAKING_PART");
		BigDecimal registered = actual(2019, "IDEAS_REGISTERED");
		BigDecimal certified = actual(thisYear, "PRODUCTS_CERTIFIED");
		BigDecimal certifiedNew = actual(thisYear, "PRODUCTS_CERTIFIED_NEW");
		BigDecimal certifiedExisting = actual(thisYear, "PRODUCTS_CERTIFIED_EXISTING");
		BigDecimal threeStars = breakdown(thisYear, "PRODUCTS_THREE_STARS_OR_MORE", "programme.breakdown.stars.3");

		var rated = new RatedProducts(mvc, criteria.scorecard("1048-01").orElseThrow());
		UUID producer = rated.producer("HTX thử chỉ số " + UUID.randomUUID().toString().substring(0, 6), DUC_LINH, null);
		UUID product = rated.submitted(producer, "Cam thử chỉ số", DUC_LINH, null, false);
		assertThat(actual(2019, "PRODUCTS_TAKING_PART")).isEqualByComparingTo(takingPart.add(BigDecimal.ONE));
		assertThat(actual(2019, "IDEAS_REGISTERED")).isEqualByComparingTo(registered.add(BigDecimal.ONE));

		String code = rated.certified(product, 62);
		assertThat(actual(thisYear, "PRODUCTS_CERTIFIED")).isEqualByComparingTo(certified.add(BigDecimal.ONE));
		assertThat(actual(thisYear, "PRODUCTS_CERTIFIED_NEW")).isEqualByComparingTo(certifiedNew.add(BigDecimal.ONE));
		assertThat(actual(thisYear, "PRODUCTS_CERTIFIED_EXISTING")).isEqualByComparingTo(certifiedExisting);
		assertThat(breakdown(thisYear, "PRODUCTS_THREE_STARS_OR_MORE", "programme.breakdown.stars.3"))
				.isEqualByComparingTo(threeStars.add(BigDecimal.ONE));

		// drill-down: Đức Lĩnh under Vũ Quang, and the fresh fruit product group
		String drill = json(mvc.perform(get("/api/v1/kpis/PRODUCTS_CERTIFIED").param("year", String.valueOf(thisYear))
				.with(admin())).andExpect(status().isOk()));
		assertThat(JsonPath.<List<String>>read(drill, "$.districts[*].children[*].code")).contains(DUC_LINH);
		assertThat(JsonPath.<List<String>>read(drill, "$.productGroups[*].children[*].code")).contains("1048-01");
		mvc.perform(get("/kpis/PRODUCTS_CERTIFIED").param("year", String.valueOf(thisYear)).header("HX-Request", "true")
				.with(page("admin", "PROVINCE_ADMIN"))).andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<html"))))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("by-unit")));

		// a revoked certificate no longer counts (issue 18: certified products exclude revoked certificates)
		String today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
		mvc.perform(post("/api/v1/certificates/" + code + "/revoke").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"decisionNumber":"77/QĐ-UBND","decisionDate":"%s","reason":"Không còn đáp ứng tiêu chí",
						 "groundCode":"CRITERIA_NOT_MET","groundsEstablishedOn":"%s","signer":"Trần Báu Hà"}"""
						.formatted(today, today)))
				.andExpect(status().isOk());
		assertThat(actual(thisYear, "PRODUCTS_CERTIFIED")).isEqualByComparingTo(certified);
		assertThat(actual(thisYear, "PRODUCTS_CERTIFIED_NEW")).isEqualByComparingTo(certifiedNew);
	}

	@Test
	void shouldDrillEveryFigureDownToTheRecordsItCounts() throws Exception {
		int thisYear = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
		var rated = new RatedProducts(mvc, criteria.scorecard("1048-01").orElseThrow());
		String name = "Bưởi danh sách " + UUID.randomUUID().toString().substring(0, 6);
		UUID producer = rated.producer("HTX danh sách " + UUID.randomUUID().toString().substring(0, 6), DUC_LINH, null);
		UUID product = rated.submitted(producer, name, DUC_LINH, null, false);
		String code = rated.certified(product, 62);

		// every counted figure of the year lists exactly as many records as it says; sums and shares list none
		for (int year : List.of(2019, thisYear)) {
			String kpis = json(mvc.perform(get("/api/v1/kpis").param("year", String.valueOf(year)).with(admin()))
					.andExpect(status().isOk()));
			for (String kpi : JsonPath.<List<String>>read(kpis, "$[*].code")) {
				String records = json(mvc.perform(get("/api/v1/kpis/" + kpi + "/records").param("year", String.valueOf(year))
						.param("size", "1").with(admin())).andExpect(status().isOk()));
				if (JsonPath.<Boolean>read(records, "$.listed")) {
					assertThat(new BigDecimal(String.valueOf(JsonPath.<Object>read(records, "$.total"))))
							.as(kpi + " in " + year).isEqualByComparingTo(actual(year, kpi));
				}
			}
		}
		String revenue = json(mvc.perform(get("/api/v1/kpis/PRODUCER_REVENUE/records").param("year", String.valueOf(thisYear))
				.with(admin())).andExpect(status().isOk()));
		assertThat(JsonPath.<Boolean>read(revenue, "$.listed")).isFalse();

		// the commune's row, the product set's row and the star key each list the new certificate, named and linked
		for (String[] filter : List.of(new String[] { "unit", DUC_LINH }, new String[] { "set", "1048-01" },
				new String[] { "key", "programme.breakdown.stars.3" })) {
			String records = json(mvc.perform(get("/api/v1/kpis/PRODUCTS_CERTIFIED/records")
					.param("year", String.valueOf(thisYear)).param(filter[0], filter[1]).param("size", "200").with(admin()))
					.andExpect(status().isOk()));
			assertThat(JsonPath.<List<String>>read(records, "$.rows[*].name")).as(filter[0]).contains(code + " · " + name);
			assertThat(JsonPath.<List<String>>read(records, "$.rows[*].link")).contains("/certification/" + code);
			assertThat(JsonPath.<String>read(records, "$.filter")).isNotBlank();
		}
		// (the test product is registered in the demo's 2019 cycle)
		String products = json(mvc.perform(get("/api/v1/kpis/PRODUCTS_TAKING_PART/records").param("year", "2019")
				.param("unit", DUC_LINH).param("size", "200").with(admin())).andExpect(status().isOk()));
		assertThat(JsonPath.<List<String>>read(products, "$.rows[*].link")).contains("/registry/products/" + product);

		// the page: the drill-down's counts are links to the list, and the list links each record
		mvc.perform(get("/kpis/PRODUCTS_CERTIFIED").param("year", String.valueOf(thisYear))
				.with(page("admin", "PROVINCE_ADMIN"))).andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString(
						"/kpis/PRODUCTS_CERTIFIED/records?year=" + thisYear + "&amp;unit=" + DUC_LINH)));
		mvc.perform(get("/kpis/PRODUCTS_CERTIFIED/records").param("year", String.valueOf(thisYear)).param("unit", DUC_LINH)
				.with(page("admin", "PROVINCE_ADMIN"))).andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString(name)))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/certification/" + code + "\"")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("Bỏ lọc")));
		mvc.perform(get("/api/v1/kpis/PRODUCTS_CERTIFIED/records").param("year", "2019").with(as("producer")))
				.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/kpis/NOPE/records").param("year", "2019").with(admin())).andExpect(status().isNotFound());

		// revoked: no longer in the list
		String today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
		mvc.perform(post("/api/v1/certificates/" + code + "/revoke").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"decisionNumber":"78/QĐ-UBND","decisionDate":"%s","reason":"Không còn đáp ứng tiêu chí",
						 "groundCode":"CRITERIA_NOT_MET","groundsEstablishedOn":"%s","signer":"Trần Báu Hà"}"""
						.formatted(today, today)))
				.andExpect(status().isOk());
		String after = json(mvc.perform(get("/api/v1/kpis/PRODUCTS_CERTIFIED/records").param("year", String.valueOf(thisYear))
				.param("unit", DUC_LINH).param("size", "200").with(admin())).andExpect(status().isOk()));
		assertThat(JsonPath.<List<String>>read(after, "$.rows[*].name")).doesNotContain(code + " · " + name);
	}

	@Test
	void shouldMeasureProducersRevenueAndShopSalesFromTheirModules() throws Exception {
		int year = java.time.Year.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getValue();
		String kpis = json(mvc.perform(get("/api/v1/kpis").param("year", String.valueOf(year)).with(admin()))
				.andExpect(status().isOk()));
		String months = json(mvc.perform(get("/api/v1/reports/kpi/revenue-by-month").param("year", String.valueOf(year))
				.with(admin())).andExpect(status().isOk()));
		long reported = JsonPath.<List<Number>>read(months, "$[*].revenueVnd").stream().mapToLong(Number::longValue).sum();
		String sales = json(mvc.perform(get("/api/v1/shop/office/sales").param("year", String.valueOf(year)).with(admin()))
				.andExpect(status().isOk()));
		long delivered = JsonPath.<Number>read(sales, "$.deliveredRevenueVnd").longValue();
		// the demo has months of reports and a delivered order in the running year
		assertThat(reported).isPositive();
		assertThat(delivered).isPositive();
		assertThat(JsonPath.<List<Object>>read(kpis, "$[?(@.code == 'PRODUCER_REVENUE')].available")).containsExactly(true);
		assertThat(JsonPath.<List<Number>>read(kpis, "$[?(@.code == 'PRODUCER_REVENUE')].actual").get(0).doubleValue())
				.isCloseTo(reported / 1_000_000d, org.assertj.core.data.Offset.offset(0.05));
		assertThat(JsonPath.<List<Number>>read(kpis, "$[?(@.code == 'SHOP_SALES')].actual").get(0).doubleValue())
				.isCloseTo(delivered / 1_000_000d, org.assertj.core.data.Offset.offset(0.05));
	}

	@Test
	void shouldAnswerTheKpiApiWithTargetsOfThePlan() throws Exception {
		String body = json(mvc.perform(get("/api/v1/kpis").param("year", "2019").with(as("district")))
				.andExpect(status().isOk()));
		assertThat(JsonPath.<String>read(body, "$[0].code")).isEqualTo("PRODUCTS_TAKING_PART");
		assertThat(JsonPath.<List<Object>>read(body, "$[?(@.code == 'PRODUCTS_TAKING_PART')].target")).containsExactly(60.0);
		assertThat(JsonPath.<List<Object>>read(body, "$[?(@.code == 'PRODUCTS_TAKING_PART')].unit"))
				.containsExactly("sản phẩm");
		assertThat(JsonPath.<List<Object>>read(body, "$[?(@.code == 'PILOTS_DISTRICT')].target")).containsExactly(37.0);
		assertThat(JsonPath.<List<Object>>read(body, "$[?(@.code == 'PRODUCER_REVENUE')].available"))
				.containsExactly(true);
		assertThat(JsonPath.<List<Object>>read(body, "$[?(@.code == 'IDEAS_SELECTED')].target")).containsExactly((Object) null);
		mvc.perform(get("/api/v1/kpis").param("year", "2019").with(as("producer"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/kpis").param("year", "2019")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/kpis").param("year", "abc").with(admin())).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/kpis/NOPE").param("year", "2019").with(admin())).andExpect(status().isNotFound());
	}

	@Test
	void shouldExportTheDashboardToExcelAndPdf() throws Exception {
		byte[] xlsx = mvc.perform(get("/api/v1/kpis/export.xlsx").param("year", "2019").with(admin()))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("2019");
			boolean found = false;
			for (int r = 3; r <= sheet.getLastRowNum(); r++) {
				if ("PRODUCTS_TAKING_PART".equals(sheet.getRow(r).getCell(0).getStringCellValue())) {
					assertThat(sheet.getRow(r).getCell(2).getNumericCellValue()).isEqualTo(60.0);
					assertThat(sheet.getRow(r).getCell(3).getNumericCellValue()).isGreaterThan(0);
					found = true;
				}
			}
			assertThat(found).isTrue();
			assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
		}
		byte[] pdf = mvc.perform(get("/kpis/export.pdf").param("year", "2019").with(page("admin", "PROVINCE_ADMIN")))
				.andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF)).andReturn()
				.getResponse().getContentAsByteArray();
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(text).contains("BÁO CÁO CHỈ SỐ").contains("Sản phẩm, dịch vụ tham gia")
					.contains("Nhiệm vụ chậm tiến độ");
		}
	}

	// ---------------------------------------------------------------- training

	@Test
	void shouldCountCompletedTrainingTowardsTheTrainedShare() throws Exception {
		int year = 2019;
		BigDecimal officialsTrained = breakdown(year, "TRAINED_SHARE", "programme.breakdown.officialsTrained");
		String id = JsonPath.read(json(mvc.perform(post("/api/v1/trainings").with(admin())
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"title":"Lớp thử %s","organiser":"Trường Cao đẳng Kỹ thuật Việt Đức Hà Tĩnh","audience":"OFFICIALS",
						 "startsOn":"2019-09-10","endsOn":"2019-09-11"}""".formatted(UUID.randomUUID())))
				.andExpect(status().isCreated())), "$.id");
		// edited on its page: filled in; dates the wrong way round change nothing; a good edit is saved
		var office = page("admin", "PROVINCE_ADMIN");
		mvc.perform(get("/programme/trainings/" + id + "/edit").with(office)).andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"2019-09-10\"")));
		mvc.perform(post("/programme/trainings/" + id).with(office).with(csrf()).param("title", "Lớp OCOP cho cán bộ xã")
				.param("organiser", "Sở NN&PTNT").param("audience", "OFFICIALS").param("startsOn", "2019-09-12")
				.param("endsOn", "2019-09-11"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"endsOn-error\"")));
		// every bad field at once, each beside its field
		mvc.perform(post("/programme/trainings/" + id).with(office).with(csrf()).param("title", " ")
				.param("organiser", "").param("audience", "OFFICIALS").param("startsOn", "10/09/2019")
				.param("endsOn", "2019-09-11"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"title-error\"")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"organiser-error\"")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"startsOn-error\"")));
		mvc.perform(post("/programme/trainings/" + id).with(office).with(csrf()).param("title", "Lớp OCOP cho cán bộ xã")
				.param("organiser", "Trường Cao đẳng Kỹ thuật Việt Đức Hà Tĩnh").param("audience", "OFFICIALS")
				.param("startsOn", "2019-09-10").param("endsOn", "2019-09-12").param("place", "Hội trường Sở"))
				.andExpect(redirectedUrl("/programme/trainings/" + id)).andExpect(flash().attributeExists("programmeFlash"));
		mvc.perform(get("/api/v1/trainings/" + id).with(admin())).andExpect(status().isOk())
				.andExpect(jsonPath("$.title").value("Lớp OCOP cho cán bộ xã"))
				.andExpect(jsonPath("$.endsOn").value("2019-09-12")).andExpect(jsonPath("$.place").value("Hội trường Sở"));
		String session = JsonPath.read(json(mvc.perform(post("/api/v1/trainings/" + id + "/sessions").with(admin())
				.contentType(MediaType.APPLICATION_JSON).content("{\"heldOn\":\"2019-09-10\",\"topic\":\"Chu trình OCOP\"}"))
				.andExpect(status().isCreated())), "$.sessions[0].id");
		mvc.perform(post("/api/v1/trainings/" + id + "/sessions").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"heldOn\":\"2019-10-10\",\"topic\":\"Ngoài thời gian\"}"))
				.andExpect(status().isUnprocessableContent());
		// the course page's forms: every bad field at once, and the course's own rules, beside their field
		expectErrors(mvc.perform(post("/programme/trainings/" + id + "/sessions").with(office).with(csrf())
				.param("heldOn", "mai").param("topic", "")), "heldOn", "topic");
		expectErrors(mvc.perform(post("/programme/trainings/" + id + "/sessions").with(office).with(csrf())
				.param("heldOn", "2019-10-10").param("topic", "Ngoài thời gian")), "heldOn");
		expectErrors(mvc.perform(post("/programme/trainings/" + id + "/participants").with(office).with(csrf())
				.param("producerId", "không-phải-mã")), "producerId");
		expectErrors(mvc.perform(post("/programme/trainings/" + id + "/participants").with(office).with(csrf())
				.param("username", "khong-co-tai-khoan-nay")), "username");
		String body = json(mvc.perform(post("/api/v1/trainings/" + id + "/participants").with(admin())
				.contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"commune\"}")).andExpect(status().isCreated()));
		String participant = JsonPath.read(body, "$.participants[0].id");
		mvc.perform(post("/api/v1/trainings/" + id + "/participants").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"commune\"}")).andExpect(status().isConflict());
		mvc.perform(post("/api/v1/trainings/" + id + "/participants").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"nobody-here\"}")).andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/trainings/" + id + "/participants").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{}")).andExpect(status().isUnprocessableContent());
		// completion needs attendance
		mvc.perform(put("/api/v1/trainings/" + id + "/participants/" + participant + "/completion").with(admin())
				.contentType(MediaType.APPLICATION_JSON).content("{\"completed\":true}")).andExpect(status().isConflict());
		mvc.perform(put("/api/v1/trainings/" + id + "/sessions/" + session + "/attendance").with(admin())
				.contentType(MediaType.APPLICATION_JSON).content("{\"present\":[\"" + participant + "\"]}"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.participants[0].attended").value(1));
		mvc.perform(put("/api/v1/trainings/" + id + "/participants/" + participant + "/completion").with(admin())
				.contentType(MediaType.APPLICATION_JSON).content("{\"completed\":true}")).andExpect(status().isOk())
				.andExpect(jsonPath("$.participants[0].completed").value(true));
		BigDecimal after = breakdown(year, "TRAINED_SHARE", "programme.breakdown.officialsTrained");
		// the demo did not train "commune" in 2019
		assertThat(after).isEqualByComparingTo(officialsTrained.add(BigDecimal.ONE));
		// an officer outside the course's (province-wide) area cannot change it
		mvc.perform(post("/api/v1/trainings/" + id + "/sessions").with(as("district")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"heldOn\":\"2019-09-11\",\"topic\":\"x\"}")).andExpect(status().isForbidden());
	}

	// ---------------------------------------------------------------- outlets, pilots, events

	@Test
	void shouldShowOpenOutletsPubliclyAndCountThem() throws Exception {
		int thisYear = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
		long openBefore = programme.openOutletCount();
		BigDecimal kpiBefore = actual(thisYear, "OUTLETS_OPEN");
		BigDecimal openedInYearBefore = breakdown(thisYear, "OUTLETS_OPEN", "programme.breakdown.outletsOpenedInYear");
		String name = "Điểm bán OCOP thử " + UUID.randomUUID().toString().substring(0, 6);
		// it carries a certified product and one that is not (yet): the public sees only the certified one
		String certified = JsonPath.read(json(mvc.perform(get("/api/v1/products").param("status", "CERTIFIED")
				.param("size", "1").with(admin()))), "$.items[0].id");
		String idea = JsonPath.read(json(mvc.perform(get("/api/v1/products").param("status", "IDEA_REGISTERED")
				.param("size", "1").with(admin()))), "$.items[0].id");
		String id = JsonPath.read(json(mvc.perform(post("/api/v1/outlets").with(as("district"))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"name":"%s","kind":"POINT","address":"Xã Đức Lĩnh","communeCode":"18322","latitude":18.36,
						 "longitude":105.52,"operator":"HTX Cam Vũ Quang","criteria":["Có biển hiệu"],
						 "productIds":["%s","%s"]}""".formatted(name, certified, idea)))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("PLANNED"))), "$.id");
		mvc.perform(get("/api/v1/outlets")).andExpect(status().isOk())
				.andExpect(jsonPath("$[?(@.id == '" + id + "')]").doesNotExist());
		mvc.perform(post("/api/v1/outlets/" + id + "/open").with(as("district"))).andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("OPEN"));
		mvc.perform(post("/api/v1/outlets/" + id + "/open").with(as("district"))).andExpect(status().isConflict());
		// on the list page: the day not a date beside it, the outlet's own rule (already open) on its row
		var officer = page("district", "DISTRICT_OFFICER");
		expectErrors(mvc.perform(post("/programme/outlets/" + id + "/open").with(officer).with(csrf()).param("on", "mai")),
				"on");
		assertThat(mvc.perform(post("/programme/outlets/" + id + "/open").with(officer).with(csrf()))
				.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
				.contains("Trung tâm, điểm bán này đang hoạt động.");
		mvc.perform(get("/api/v1/outlets")).andExpect(status().isOk())
				.andExpect(jsonPath("$[?(@.id == '" + id + "')].latitude").value(18.36));
		assertThat(programme.openOutletCount()).isEqualTo(openBefore + 1);
		assertThat(programme.outlets()).filteredOn(o -> o.name().equals(name)).singleElement()
				.satisfies(o -> assertThat(o.products()).extracting(p -> p.productId().toString()).containsExactly(certified));
		assertThat(actual(thisYear, "OUTLETS_OPEN")).isEqualByComparingTo(kpiBefore.add(BigDecimal.ONE));
		assertThat(breakdown(thisYear, "OUTLETS_OPEN", "programme.breakdown.outletsOpenedInYear"))
				.isEqualByComparingTo(openedInYearBefore.add(BigDecimal.ONE));
		mvc.perform(get("/outlets")).andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString(name)))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("outlet-map")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("data-lat=\"18.36\"")));
		// Hương Sơn's officer may not touch a Vũ Quang point; bad coordinates are refused naming the field
		mvc.perform(post("/api/v1/outlets/" + id + "/close").with(as("district-hs"))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/outlets").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"name":"X","kind":"POINT","address":"X","latitude":95,"longitude":105.5,"operator":"X"}"""))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("latitude")));
		mvc.perform(get("/api/v1/outlets").param("all", "true")).andExpect(status().isForbidden());

		// edited on its page: the form comes filled in; a bad coordinate changes nothing; a good edit is saved
		String form = org.springframework.web.util.HtmlUtils.htmlUnescape(mvc.perform(get("/programme/outlets/" + id + "/edit")
				.with(page("district", "DISTRICT_OFFICER"))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString());
		assertThat(form).contains("value=\"" + name + "\"").contains("Có biển hiệu");
		var edit = post("/programme/outlets/" + id).with(page("district", "DISTRICT_OFFICER")).with(csrf()).param("name", name + " (mới)")
				.param("kind", "POINT").param("address", "Thôn 2, xã Đức Lĩnh").param("communeCode", "18322")
				.param("longitude", "105.53").param("operator", "HTX Cam Vũ Quang").param("criteria", "Có biển hiệu\nCó quầy");
		String refused = org.springframework.web.util.HtmlUtils.htmlUnescape(mvc.perform(edit.param("latitude", "95"))
				.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());
		assertThat(refused).contains("id=\"latitude-error\"").contains("Vĩ độ phải từ -90 đến 90.");
		// every bad field at once, each beside its field
		mvc.perform(post("/programme/outlets/" + id).with(page("district", "DISTRICT_OFFICER")).with(csrf())
				.param("name", " ").param("kind", "POINT").param("address", "Thôn 2").param("latitude", "bắc")
				.param("longitude", "105.53").param("operator", "")).andExpect(status().isUnprocessableContent())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"name-error\"")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"latitude-error\"")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"operator-error\"")));
		assertThat(programme.outlets()).anySatisfy(o -> assertThat(o.name()).isEqualTo(name));
		mvc.perform(post("/programme/outlets/" + id).with(page("district", "DISTRICT_OFFICER")).with(csrf()).param("name", name + " (mới)")
				.param("kind", "POINT").param("address", "Thôn 2, xã Đức Lĩnh").param("communeCode", "18322")
				.param("latitude", "18.37").param("longitude", "105.53").param("operator", "HTX Cam Vũ Quang")
				.param("criteria", "Có biển hiệu\nCó quầy"))
				.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/programme/outlets"))
				.andExpect(flash().attributeExists("programmeFlash"));
		assertThat(programme.outlets()).anySatisfy(o -> {
			assertThat(o.name()).isEqualTo(name + " (mới)");
			assertThat(o.address()).isEqualTo("Thôn 2, xã Đức Lĩnh");
			assertThat(o.latitude()).isEqualTo(18.37);
			assertThat(o.criteria()).containsExactly("Có biển hiệu", "Có quầy");
		});
		mvc.perform(post("/programme/outlets/" + id).with(page("district-hs", "DISTRICT_OFFICER")).with(csrf()).param("name", "Không được")
				.param("kind", "POINT").param("address", "X").param("latitude", "18.3").param("longitude", "105.5")
				.param("operator", "X"))
				.andExpect(status().isForbidden());
		assertThat(programme.outlets()).noneSatisfy(o -> assertThat(o.name()).isEqualTo("Không được"));
	}

	@Test
	void shouldCountBuiltPilotsAgainstTheirLevel() throws Exception {
		BigDecimal before = actual(2019, "PILOTS_DISTRICT");
		mvc.perform(post("/api/v1/pilots").with(as("district")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"year\":2019,\"name\":\"Không địa bàn\",\"level\":\"DISTRICT\",\"type\":\"Tổ chức sản xuất\"}"))
				.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/pilots").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"year\":2019,\"name\":\"Không địa bàn\",\"level\":\"DISTRICT\",\"type\":\"Tổ chức sản xuất\"}"))
				.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/pilots").with(as("district")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"year\":2019,\"name\":\"Tỉnh\",\"level\":\"PROVINCIAL\",\"type\":\"x\"}"))
				.andExpect(status().isForbidden());
		String id = JsonPath.read(json(mvc.perform(post("/api/v1/pilots").with(as("district"))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"year":2019,"name":"Mô hình thử %s","level":"DISTRICT","type":"Vùng nguyên liệu","communeCode":"18322"}"""
						.formatted(UUID.randomUUID()))).andExpect(status().isCreated())), "$.id");
		mvc.perform(post("/api/v1/pilots/" + id + "/progress").with(as("district")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"progress\":50}")).andExpect(jsonPath("$.status").value("BUILDING"));
		assertThat(actual(2019, "PILOTS_DISTRICT")).isEqualByComparingTo(before);
		mvc.perform(post("/api/v1/pilots/" + id + "/progress").with(as("district")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"progress\":100}")).andExpect(jsonPath("$.status").value("BUILT"));
		assertThat(actual(2019, "PILOTS_DISTRICT")).isEqualByComparingTo(before.add(BigDecimal.ONE));
		mvc.perform(post("/api/v1/pilots/" + id + "/progress").with(as("district")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"progress\":80}")).andExpect(status().isConflict());

		// edited on its page: filled in; a missing name changes nothing; a good edit is saved
		var officer = page("district", "DISTRICT_OFFICER");
		assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(mvc.perform(get("/programme/pilots/" + id + "/edit")
				.with(officer)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString()))
				.contains("value=\"Vùng nguyên liệu\"");
		// every bad field at once, each beside its field; the model's own rule beside the unit
		mvc.perform(post("/programme/pilots/" + id).with(officer).with(csrf()).param("year", "năm nay").param("name", " ")
				.param("level", "DISTRICT").param("type", "Vùng nguyên liệu").param("communeCode", "18322"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"year-error\"")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"name-error\"")));
		mvc.perform(post("/programme/pilots/" + id).with(page("admin", "PROVINCE_ADMIN")).with(csrf()).param("year", "2019")
				.param("name", "Vùng cam").param("level", "DISTRICT").param("type", "Vùng nguyên liệu").param("communeCode", ""))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"communeCode-error\"")));
		mvc.perform(post("/programme/pilots/" + id).with(officer).with(csrf()).param("year", "2019")
				.param("name", "Vùng cam Đức Lĩnh").param("level", "DISTRICT").param("type", "Vùng nguyên liệu")
				.param("communeCode", "18322").param("location", "Thôn 3").param("description", "20 ha cam VietGAP"))
				.andExpect(redirectedUrl("/programme/pilots")).andExpect(flash().attributeExists("programmeFlash"));
		mvc.perform(get("/api/v1/pilots").param("year", "2019").with(as("district"))).andExpect(status().isOk())
				.andExpect(jsonPath("$[?(@.id == '" + id + "')].name").value("Vùng cam Đức Lĩnh"))
				.andExpect(jsonPath("$[?(@.id == '" + id + "')].description").value("20 ha cam VietGAP"))
				.andExpect(jsonPath("$[?(@.id == '" + id + "')].status").value("BUILT"));
		// its progress on the list: a bad number, and the model's own rule (built stays at 100 %), beside the field
		expectErrors(mvc.perform(post("/programme/pilots/" + id + "/progress").with(officer).with(csrf())
				.param("progress", "nhiều")), "progress");
		expectConflict(mvc.perform(post("/programme/pilots/" + id + "/progress").with(officer).with(csrf())
				.param("progress", "50")), "progress");
	}

	@Test
	void shouldShowEventsPublicly() throws Exception {
		String title = "Hội chợ thử " + UUID.randomUUID().toString().substring(0, 6);
		LocalDate start = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(10);
		mvc.perform(post("/api/v1/events").with(as("district")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"FAIR\",\"title\":\"x\",\"startsOn\":\"" + start + "\",\"endsOn\":\"" + start
						+ "\",\"place\":\"x\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/events").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"FAIR\",\"title\":\"x\",\"startsOn\":\"" + start + "\",\"endsOn\":\"" + start.minusDays(2)
						+ "\",\"place\":\"x\"}")).andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/events").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"FAIR\",\"title\":\"" + title + "\",\"startsOn\":\"" + start + "\",\"endsOn\":\""
						+ start.plusDays(2) + "\",\"place\":\"Quảng trường thành phố Hà Tĩnh\",\"productIds\":[\""
						+ UUID.randomUUID() + "\"]}")).andExpect(status().isUnprocessableContent());
		String id = JsonPath.read(json(mvc.perform(post("/api/v1/events").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"FAIR\",\"title\":\"" + title + "\",\"startsOn\":\"" + start + "\",\"endsOn\":\""
						+ start.plusDays(2) + "\",\"place\":\"Quảng trường thành phố Hà Tĩnh\"}"))
				.andExpect(status().isCreated())), "$.id");
		// edited on its page: filled in; dates the wrong way round change nothing; a good edit is saved
		var admin = page("admin", "PROVINCE_ADMIN");
		String form = org.springframework.web.util.HtmlUtils.htmlUnescape(mvc.perform(get("/programme/events/" + id + "/edit")
				.with(admin)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(form).contains("value=\"" + title + "\"").contains("value=\"" + start + "\"");
		String refused = org.springframework.web.util.HtmlUtils.htmlUnescape(mvc.perform(post("/programme/events/" + id)
				.with(admin).with(csrf()).param("kind", "FAIR").param("title", title).param("startsOn", start.toString())
				.param("endsOn", start.minusDays(1).toString()).param("place", "X")).andExpect(status().isUnprocessableContent())
				.andReturn().getResponse().getContentAsString());
		assertThat(refused).contains("id=\"endsOn-error\"");
		// every bad field at once, each beside its field
		mvc.perform(post("/programme/events/" + id).with(admin).with(csrf()).param("kind", "FAIR").param("title", "")
				.param("startsOn", "không phải ngày").param("endsOn", start.toString()).param("place", " "))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"title-error\"")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"startsOn-error\"")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"place-error\"")));
		mvc.perform(post("/programme/events/" + id).with(admin).with(csrf()).param("kind", "FAIR").param("title", title)
				.param("startsOn", start.toString()).param("endsOn", start.plusDays(3).toString())
				.param("place", "Công viên Thành Sen, Hà Tĩnh").param("description", "Ba ngày, hơn 100 gian hàng."))
				.andExpect(redirectedUrl("/programme/events")).andExpect(flash().attributeExists("programmeFlash"));
		assertThat(programme.upcomingEvents(100)).anySatisfy(e -> {
			assertThat(e.title()).isEqualTo(title);
			assertThat(e.place()).isEqualTo("Công viên Thành Sen, Hà Tĩnh");
			assertThat(e.endsOn()).isEqualTo(start.plusDays(3));
		});
		assertThat(programme.upcomingEvents(100)).anySatisfy(e -> assertThat(e.title()).isEqualTo(title));
		mvc.perform(get("/events")).andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString(title)))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("Lễ hội cam")));
		mvc.perform(get("/api/v1/events")).andExpect(status().isOk())
				.andExpect(jsonPath("$[?(@.title == '" + title + "')]").exists());
	}

	@Test
	void shouldRenderTheBackOfficePages() throws Exception {
		for (String page : List.of("/programme", "/kpis?year=2019", "/programme/trainings", "/programme/outlets",
				"/programme/pilots", "/programme/events")) {
			mvc.perform(get(page).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user("admin").roles("PROVINCE_ADMIN"))).andExpect(status().isOk());
		}
		mvc.perform(get("/kpis").param("year", "2019").with(org.springframework.security.test.web.servlet.request
				.SecurityMockMvcRequestPostProcessors.user("admin").roles("PROVINCE_ADMIN")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("data-series=\"[{")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("kpi-PRODUCTS_TAKING_PART")))
				// an indicator without a target draws no bar, never a negative one (issue 16)
				.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("width: -"))));
	}
}
