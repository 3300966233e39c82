package vn.ocop.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import vn.ocop.notification.Notifications;
import vn.ocop.shared.BusinessRuleException;

/**
 * Support and funding end to end over the API: a request through every state with its timeline and the producer's
 * notices, refusals over the ceiling and over an exhausted budget line (also when two approvals race), budget
 * roll-ups that add up across activities, sources, districts and product groups, and an IP application's life.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SupportIntegrationTests {

	static final String DUC_LINH = "18322";

	@Autowired
	MockMvc mvc;

	@Autowired
	Notifications notifications;

	@Autowired
	SupportManagement support;

	RegistryFixtures registry;

	@BeforeEach
	void setUp() {
		registry = new RegistryFixtures(mvc);
	}

	static RequestPostProcessor as(String user) {
		return httpBasic(user, RegistryFixtures.PASSWORD);
	}

	private static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private ResultActions postJson(String path, String user, String json) throws Exception {
		return mvc.perform(post(path).with(as(user)).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	/** A plan of a year no other test uses, with activities 6, 7 and 11. */
	private int plan() throws Exception {
		for (int attempt = 0; attempt < 20; attempt++) {
			int year = ThreadLocalRandom.current().nextInt(2030, 2100);
			int status = postJson("/api/v1/plans", "admin", "{\"year\":" + year + ",\"title\":\"Kế hoạch hỗ trợ " + year + "\"}")
					.andReturn().getResponse().getStatus();
			if (status == 201) {
				for (int n : new int[] { 6, 7, 11 }) {
					postJson("/api/v1/plans/" + year + "/activities", "admin",
							"{\"number\":" + n + ",\"title\":\"Hoạt động " + n + "\"}").andExpect(status().isCreated());
				}
				return year;
			}
		}
		throw new IllegalStateException("no free plan year");
	}

	private String line(int year, int activity, String source, long allocated) throws Exception {
		return JsonPath.read(body(postJson("/api/v1/budgets/" + year + "/lines", "admin",
				"{\"activityNumber\":" + activity + ",\"source\":\"" + source + "\",\"allocated\":" + allocated + "}")
				.andExpect(status().isCreated())), "$.id");
	}

	private String item(String category, Long ceiling, Integer share) throws Exception {
		String code = "T" + ThreadLocalRandom.current().nextInt(1_000_000);
		return JsonPath.read(body(postJson("/api/v1/support/items", "admin", """
				{"code":"%s","name":"Hỗ trợ %s","category":"%s","legalBasis":"Quyết định 1048/QĐ-UBND",
				 "ceilingAmount":%s,"ceilingShare":%s,"fundingSource":"PROVINCIAL"}"""
				.formatted(code, code, category, ceiling, share)).andExpect(status().isCreated())), "$.id");
	}

	private UUID product() throws Exception {
		UUID producer = registry.producer("HTX hỗ trợ " + UUID.randomUUID().toString().substring(0, 6), DUC_LINH, "producer");
		return registry.submittedProduct(producer, "Sản phẩm hỗ trợ " + UUID.randomUUID().toString().substring(0, 6), DUC_LINH);
	}

	private String apply(String item, UUID product, long cost, long amount, String user) throws Exception {
		return JsonPath.read(body(postJson("/api/v1/support/requests", user, """
				{"itemId":"%s","productId":"%s","purpose":"Thiết kế bao bì mới","costEstimate":%d,"requestedAmount":%d}"""
				.formatted(item, product, cost, amount)).andExpect(status().isCreated())), "$.id");
	}

	private void check(String request) throws Exception {
		postJson("/api/v1/support/requests/" + request + "/check", "commune", "{\"endorsed\":true,\"note\":\"Đúng nhu cầu\"}")
				.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CHECKED"));
	}

	@Test
	void aRequestGoesThroughEveryStateOnItsTimelineAndTheProducerIsTold() throws Exception {
		int year = plan();
		String line = line(year, 11, "PROVINCIAL", 50_000_000);
		String item = item("IP_REGISTRATION", 20_000_000L, 50);
		UUID product = product();
		long noticesBefore = notifications.onTopic("producer", "support.request", java.util.Locale.ROOT).size();
		int thisYear = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
		int paidYear = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1).getYear();
		java.math.BigDecimal filedBefore = kpi(thisYear, "SUPPORT_REQUESTS");
		java.math.BigDecimal approvedBefore = kpi(thisYear, "SUPPORT_APPROVED");
		java.math.BigDecimal paidBefore = kpi(paidYear, "SUPPORT_DISBURSED");
		java.math.BigDecimal ipFiledBefore = kpi(thisYear, "IP_FILED");

		String request = apply(item, product, 30_000_000, 15_000_000, "producer");
		mvc.perform(get("/api/v1/support/requests/" + request).with(as("producer"))).andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("APPLIED")).andExpect(jsonPath("$.number").isNotEmpty());
		// the district officer no longer checks: since July 2025 the commune does
		postJson("/api/v1/support/requests/" + request + "/check", "district", "{\"endorsed\":true}")
				.andExpect(status().isForbidden());
		// the office cannot decide before the commune's check
		postJson("/api/v1/support/requests/" + request + "/approval", "admin", "{\"decisionNumber\":\"12/QĐ-VPĐP\"}")
				.andExpect(status().isConflict());
		check(request);
		postJson("/api/v1/support/requests/" + request + "/approval", "admin", """
				{"amount":15000000,"decisionNumber":"125/QĐ-VPĐP","budgetLineId":"%s"}""".formatted(line))
				.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"))
				.andExpect(jsonPath("$.decisionNumber").value("125/QĐ-VPĐP"));
		// more than approved cannot be paid
		postJson("/api/v1/support/requests/" + request + "/disbursement", "admin", "{\"amount\":15000001}")
				.andExpect(status().isUnprocessableContent());
		postJson("/api/v1/support/requests/" + request + "/disbursement", "admin",
				"{\"amount\":14000000,\"paidOn\":\"" + LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1) + "\"}")
				.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DISBURSED"))
				.andExpect(jsonPath("$.disbursedAmount").value(14000000));
		postJson("/api/v1/support/requests/" + request + "/result", "producer",
				"{\"note\":\"Đã nộp đơn đăng ký nhãn hiệu\",\"reference\":\"4-2026-12345\"}")
				.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REPORTED"))
				.andExpect(jsonPath("$.timeline.length()").value(5))
				.andExpect(jsonPath("$.timeline[1].actor").value("commune"))
				.andExpect(jsonPath("$.timeline[1].note").value("Đúng nhu cầu"))
				.andExpect(jsonPath("$.timeline[2].note").value("125/QĐ-VPĐP"))
				.andExpect(jsonPath("$.timeline[4].to").value("REPORTED"));
		// a reported state is final
		postJson("/api/v1/support/requests/" + request + "/refusal", "admin", "{\"reason\":\"muộn\"}")
				.andExpect(status().isConflict());
		// the IP application reported as the result is on the product, filed
		mvc.perform(get("/api/v1/ip-registrations").param("productId", product.toString()).with(as("producer")))
				.andExpect(status().isOk()).andExpect(jsonPath("$[0].applicationNumber").value("4-2026-12345"))
				.andExpect(jsonPath("$[0].status").value("FILED"));
		// the line carries the commitment and the payment
		mvc.perform(get("/api/v1/budgets/" + year).with(as("admin"))).andExpect(status().isOk())
				.andExpect(jsonPath("$.totals.committed").value(15000000))
				.andExpect(jsonPath("$.totals.disbursed").value(14000000));
		// the producer was told of every step: applied, checked, approved, disbursed, reported (after each committed)
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
				notifications.onTopic("producer", "support.request", java.util.Locale.ROOT).size() - noticesBefore)
				.isEqualTo(5));
		// the support indicators count it, each by the day of its own step (money in millions of đồng)
		assertThat(kpi(thisYear, "SUPPORT_REQUESTS")).isEqualByComparingTo(filedBefore.add(java.math.BigDecimal.ONE));
		assertThat(kpi(thisYear, "SUPPORT_APPROVED")).isEqualByComparingTo(approvedBefore.add(java.math.BigDecimal.ONE));
		assertThat(kpi(paidYear, "SUPPORT_DISBURSED")).isEqualByComparingTo(paidBefore.add(new java.math.BigDecimal("14.0")));
		assertThat(kpi(thisYear, "IP_FILED")).isGreaterThanOrEqualTo(ipFiledBefore);
	}

	private java.math.BigDecimal kpi(int year, String code) throws Exception {
		String body = body(mvc.perform(get("/api/v1/kpis").param("year", String.valueOf(year)).with(as("admin")))
				.andExpect(status().isOk()));
		List<Object> values = JsonPath.read(body, "$[?(@.code == '" + code + "')].actual");
		assertThat(values).as("KPI " + code).hasSize(1);
		return new java.math.BigDecimal(String.valueOf(values.get(0)));
	}

	@Test
	void requestsOverTheCeilingOrAnExhaustedLineAreRefusedWithTheReason() throws Exception {
		int year = plan();
		String line = line(year, 6, "PROVINCIAL", 10_000_000);
		String item = item("PACKAGING_DESIGN", 8_000_000L, 50);
		UUID product = product();
		// 50 % of 10 million is 5 million: 6 million is over the ceiling, and nothing is written
		int before = JsonPath.<List<Object>>read(body(mvc.perform(get("/api/v1/support/requests").with(as("admin")))), "$").size();
		String refused = body(postJson("/api/v1/support/requests", "producer", """
				{"itemId":"%s","productId":"%s","purpose":"Bao bì","costEstimate":10000000,"requestedAmount":6000000}"""
				.formatted(item, product)).andExpect(status().isUnprocessableContent())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)));
		assertThat((String) JsonPath.read(refused, "$.detail")).contains("vượt mức trần").contains("5.000.000");
		// 20 million cost: 50 % is 10 million but the fixed ceiling is 8 million
		postJson("/api/v1/support/requests", "producer", """
				{"itemId":"%s","productId":"%s","purpose":"Bao bì","costEstimate":20000000,"requestedAmount":9000000}"""
				.formatted(item, product)).andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("8.000.000")));
		assertThat(JsonPath.<List<Object>>read(body(mvc.perform(get("/api/v1/support/requests").with(as("admin")))), "$"))
				.hasSize(before);

		String first = apply(item, product, 16_000_000, 8_000_000, "producer");
		String second = apply(item, product, 10_000_000, 5_000_000, "commune");
		check(first);
		check(second);
		postJson("/api/v1/support/requests/" + first + "/approval", "admin",
				"{\"decisionNumber\":\"1/QĐ\",\"budgetLineId\":\"" + line + "\"}").andExpect(status().isOk());
		String exhausted = body(postJson("/api/v1/support/requests/" + second + "/approval", "admin",
				"{\"decisionNumber\":\"2/QĐ\",\"budgetLineId\":\"" + line + "\"}").andExpect(status().isConflict()));
		assertThat((String) JsonPath.read(exhausted, "$.detail")).contains("không đủ").contains("2.000.000");
		mvc.perform(get("/api/v1/support/requests/" + second).with(as("admin")))
				.andExpect(jsonPath("$.status").value("CHECKED"));
		// the office then refuses it formally, with the reason, and the producer sees it
		postJson("/api/v1/support/requests/" + second + "/refusal", "admin",
				"{\"reason\":\"Hết kinh phí năm\",\"decisionNumber\":\"3/QĐ\"}").andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("REFUSED")).andExpect(jsonPath("$.refusalReason").value("Hết kinh phí năm"));
		// a line cannot be cut below what it has committed
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/budgets/lines/" + line)
				.with(as("admin")).contentType(MediaType.APPLICATION_JSON).content("{\"allocated\":7000000}"))
				.andExpect(status().isConflict());
	}

	@Test
	void twoApprovalsRacingForTheLastMoneyOfALineCommitOnlyOnce() throws Exception {
		int year = plan();
		UUID line = UUID.fromString(line(year, 7, "PROVINCIAL", 10_000_000));
		UUID item = UUID.fromString(item("TRADE_FAIR", 6_000_000L, null));
		UUID product = product();
		List<UUID> requests = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			String id = apply(item.toString(), product, 6_000_000, 6_000_000, "producer");
			check(id);
			requests.add(UUID.fromString(id));
		}
		var executor = Executors.newFixedThreadPool(4);
		var start = new CountDownLatch(1);
		AtomicInteger refused = new AtomicInteger();
		List<Future<Boolean>> results = new ArrayList<>();
		for (UUID request : requests) {
			Callable<Boolean> approval = () -> {
				SecurityContextHolder.getContext().setAuthentication(
						new TestingAuthenticationToken("admin", null, "ROLE_PROVINCE_ADMIN"));
				start.await();
				try {
					support.approve(request, null, "9/QĐ", null, line, null);
					return true;
				}
				catch (BusinessRuleException e) {
					refused.incrementAndGet();
					assertThat(e.messageCode()).isEqualTo("support.budget.exhausted");
					return false;
				}
				catch (org.springframework.dao.PessimisticLockingFailureException
						| org.springframework.orm.ObjectOptimisticLockingFailureException e) {
					refused.incrementAndGet();
					return false;
				}
				finally {
					SecurityContextHolder.clearContext();
				}
			};
			results.add(executor.submit(approval));
		}
		start.countDown();
		int approved = 0;
		for (var result : results) {
			approved += result.get() ? 1 : 0;
		}
		executor.shutdown();
		assertThat(approved).isEqualTo(1);
		assertThat(refused.get()).isEqualTo(3);
		mvc.perform(get("/api/v1/budgets/" + year + "/lines").with(as("admin")))
				.andExpect(jsonPath("$[0].committed").value(6000000)).andExpect(jsonPath("$[0].remaining").value(4000000));
	}

	@Test
	void rollUpsAddUpExactlyAcrossActivitiesSourcesDistrictsAndGroups() throws Exception {
		int year = plan();
		String ip = line(year, 11, "PROVINCIAL", 40_000_000);
		String central = line(year, 11, "CENTRAL", 25_000_000);
		String fair = line(year, 7, "DISTRICT_COMMUNE", 12_345_678);
		line(year, 6, "PRODUCERS", 3_000_001);
		String item = item("IP_REGISTRATION", 9_999_999L, null);
		UUID product = product();
		String a = apply(item, product, 9_999_999, 9_999_999, "producer");
		String b = apply(item, product, 7_777_777, 7_777_777, "producer");
		check(a);
		check(b);
		postJson("/api/v1/support/requests/" + a + "/approval", "admin", "{\"decisionNumber\":\"1\",\"budgetLineId\":\"" + ip + "\"}")
				.andExpect(status().isOk());
		postJson("/api/v1/support/requests/" + b + "/approval", "admin", "{\"decisionNumber\":\"2\",\"budgetLineId\":\"" + central + "\"}")
				.andExpect(status().isOk());
		postJson("/api/v1/support/requests/" + a + "/disbursement", "admin", "{\"amount\":3333333}").andExpect(status().isOk());
		String contract = JsonPath.read(body(postJson("/api/v1/budgets/lines/" + fair + "/contracts", "admin",
				"{\"description\":\"Gian hàng hội chợ OCOP\",\"amount\":12345678}").andExpect(status().isCreated())), "$.id");
		postJson("/api/v1/budgets/lines/" + fair + "/contracts", "admin", "{\"description\":\"Thêm\",\"amount\":1}")
				.andExpect(status().isConflict());
		postJson("/api/v1/budgets/contracts/" + contract + "/payments", "admin", "{\"amount\":345678}").andExpect(status().isOk());

		String rollup = body(mvc.perform(get("/api/v1/budgets/" + year).with(as("admin"))).andExpect(status().isOk()));
		BigDecimal allocated = new BigDecimal(40_000_000L + 25_000_000L + 12_345_678L + 3_000_001L);
		BigDecimal committed = new BigDecimal(9_999_999L + 7_777_777L + 12_345_678L);
		BigDecimal disbursed = new BigDecimal(3_333_333L + 345_678L);
		assertThat(decimal(rollup, "$.totals.allocated")).isEqualByComparingTo(allocated);
		assertThat(decimal(rollup, "$.totals.committed")).isEqualByComparingTo(committed);
		assertThat(decimal(rollup, "$.totals.disbursed")).isEqualByComparingTo(disbursed);
		for (String view : new String[] { "byActivity", "bySource" }) {
			assertThat(sum(rollup, "$." + view + "[*].allocated")).as(view).isEqualByComparingTo(allocated);
		}
		for (String view : new String[] { "byActivity", "bySource", "byArea", "byGroup" }) {
			assertThat(sum(rollup, "$." + view + "[*].committed")).as(view).isEqualByComparingTo(committed);
			assertThat(sum(rollup, "$." + view + "[*].disbursed")).as(view).isEqualByComparingTo(disbursed);
		}
		assertThat(decimal(rollup, "$.byActivity[?(@.key == '11')].committed"))
				.isEqualByComparingTo(new BigDecimal(9_999_999L + 7_777_777L));
		assertThat(decimal(rollup, "$.bySource[?(@.key == 'CENTRAL')].committed")).isEqualByComparingTo("7777777");
		// the requests went to Vũ Quang (441) in 2019's structure; the contract to the whole province
		assertThat(decimal(rollup, "$.byArea[?(@.key == '441')].committed"))
				.isEqualByComparingTo(new BigDecimal(9_999_999L + 7_777_777L));

		byte[] xlsx = mvc.perform(get("/api/v1/budgets/" + year + "/export.xlsx").with(as("admin")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
			var sources = workbook.getSheetAt(1);
			var total = sources.getRow(sources.getLastRowNum());
			assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(allocated.doubleValue());
			assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(committed.doubleValue());
		}
		// producers see no budgets
		mvc.perform(get("/api/v1/budgets/" + year).with(as("producer"))).andExpect(status().isForbidden());
	}

	@Test
	void anIpApplicationLivesFromFilingToGrantAndExpiry() throws Exception {
		UUID product = product();
		String id = JsonPath.read(body(postJson("/api/v1/ip-registrations", "producer", """
				{"productId":"%s","type":"COLLECTIVE_MARK","markName":"Cam Vũ Quang","applicant":"HTX Cam Vũ Quang"}"""
				.formatted(product)).andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("PREPARING"))), "$.id");
		// a grant before filing is not possible
		postJson("/api/v1/ip-registrations/" + id + "/grant", "producer",
				"{\"certificateNumber\":\"1\",\"grantedOn\":\"2020-01-01\"}").andExpect(status().isConflict());
		postJson("/api/v1/ip-registrations/" + id + "/filing", "producer",
				"{\"applicationNumber\":\"4-2016-01234\",\"filingDate\":\"2016-03-01\"}")
				.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("FILED"));
		postJson("/api/v1/ip-registrations/" + id + "/acceptance", "district", "").andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("ACCEPTED"));
		// not granted before it was filed
		postJson("/api/v1/ip-registrations/" + id + "/grant", "admin",
				"{\"certificateNumber\":\"280001\",\"grantedOn\":\"2016-02-01\"}").andExpect(status().isUnprocessableContent());
		// granted in 2017: ten years from filing, to 1 March 2026 — already past, so expired today
		postJson("/api/v1/ip-registrations/" + id + "/grant", "admin",
				"{\"certificateNumber\":\"280001\",\"grantedOn\":\"2017-05-10\"}").andExpect(status().isOk())
				.andExpect(jsonPath("$.expiresOn").value("2026-03-01")).andExpect(jsonPath("$.status").value("EXPIRED"));
		mvc.perform(get("/public/support/ip/products/" + product)).andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("280001"))));
		// renewed for ten more years: in force, and public
		postJson("/api/v1/ip-registrations/" + id + "/renewal", "admin", "{\"until\":\"2036-03-01\"}")
				.andExpect(status().isConflict());
		String other = JsonPath.read(body(postJson("/api/v1/ip-registrations", "admin", """
				{"productId":"%s","type":"TRADEMARK","markName":"Cam Đức Lĩnh","applicant":"HTX","applicationNumber":"4-2024-00077","filingDate":"2024-06-01"}"""
				.formatted(product)).andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("FILED"))), "$.id");
		postJson("/api/v1/ip-registrations/" + other + "/grant", "admin",
				"{\"certificateNumber\":\"512345\",\"grantedOn\":\"2025-09-15\"}").andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("GRANTED")).andExpect(jsonPath("$.expiresOn").value("2034-06-01"));
		mvc.perform(get("/public/support/ip/products/" + product)).andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("512345")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("Cam Đức Lĩnh")));
		postJson("/api/v1/ip-registrations/" + other + "/renewal", "admin", "{\"until\":\"2044-06-01\"}")
				.andExpect(status().isOk()).andExpect(jsonPath("$.expiresOn").value("2044-06-01"));
		// someone else's product is out of reach
		mvc.perform(get("/api/v1/ip-registrations").param("productId", product.toString()).with(as("district-hs")))
				.andExpect(status().isForbidden());
	}

	@Test
	void aGrantedMarkIsShownOnThePublicProductAndProducerPagesAndToTheCouncil() throws Exception {
		// other tests share this database and may have just withdrawn a product the catalogue still lists:
		// take the first listed product whose public page answers
		String products = body(mvc.perform(get("/api/v1/public/products").param("size", "20")).andExpect(status().isOk()));
		List<String> ids = JsonPath.read(products, "$.items[*].id");
		List<String> slugs = JsonPath.read(products, "$.items[*].slug");
		UUID product = null;
		String slug = null;
		for (int i = 0; i < ids.size() && product == null; i++) {
			if (mvc.perform(get("/products/" + slugs.get(i))).andReturn().getResponse().getStatus() == 200) {
				product = UUID.fromString(ids.get(i));
				slug = slugs.get(i);
			}
		}
		assertThat(product).as("a listed product whose page answers").isNotNull();
		String certificate = "GT" + ThreadLocalRandom.current().nextInt(1_000_000);
		String id = JsonPath.read(body(postJson("/api/v1/ip-registrations", "admin", """
				{"productId":"%s","type":"GEOGRAPHICAL_INDICATION","markName":"Chỉ dẫn thử %s","applicant":"UBND tỉnh Hà Tĩnh",
				 "applicationNumber":"6-2020-%s","filingDate":"2020-02-02"}"""
				.formatted(product, certificate, certificate)).andExpect(status().isCreated())), "$.id");
		// the portal keeps an anonymous visitor's page up to a minute (AnonymousPages): a query string asks for a
		// fresh rendering, as the next visitor after that minute gets it
		String page = body(mvc.perform(get("/products/" + slug).queryParam("before", "grant")).andExpect(status().isOk()));
		assertThat(page).doesNotContain("Chỉ dẫn thử " + certificate);
		postJson("/api/v1/ip-registrations/" + id + "/grant", "admin",
				"{\"certificateNumber\":\"" + certificate + "\",\"grantedOn\":\"2021-03-03\"}").andExpect(status().isOk())
				.andExpect(jsonPath("$.expiresOn").doesNotExist());
		page = body(mvc.perform(get("/products/" + slug).queryParam("after", "grant")).andExpect(status().isOk()));
		assertThat(page).contains("Chỉ dẫn thử " + certificate).contains(certificate);
		var producerLink = java.util.regex.Pattern.compile("href=\"(/producers/[^\"]+)\"").matcher(page);
		assertThat(producerLink.find()).isTrue();
		mvc.perform(get(producerLink.group(1)).queryParam("after", "grant")).andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("Chỉ dẫn thử " + certificate)));
		// the council sees every registration beside the scorecard
		mvc.perform(get("/support/ip/products/" + product + "/evidence").with(page("council1", "COUNCIL_MEMBER")))
				.andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("6-2020-" + certificate)));
	}

	static RequestPostProcessor page(String user, String role) {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(user).roles(role);
	}

	@Test
	void aMonthlyReportsDifficultyBecomesASupportRequestAndATaskThatTheReportShows() throws Exception {
		int year = plan();
		line(year, 6, "PROVINCIAL", 50_000_000);
		String item = item("PACKAGING_DESIGN", 10_000_000L, null);
		var monitoring = new MonitoringFixtures(mvc);
		UUID producer = monitoring.producerInProgramme("HTX khó khăn " + UUID.randomUUID().toString().substring(0, 6),
				DUC_LINH, "producer");
		UUID product = registry.submittedProduct(producer, "Sản phẩm khó khăn " + UUID.randomUUID().toString().substring(0, 6),
				DUC_LINH);
		String period = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusMonths(1).toString();
		String report = JsonPath.read(body(monitoring.report("producer", producer, period, 12_000_000, 4)
				.andExpect(status().isCreated())), "$.id");

		// the report offers both answers, with the difficulty carried into the form
		String page = body(mvc.perform(get("/monitoring/reports/" + report).with(page("admin", "PROVINCE_ADMIN")))
				.andExpect(status().isOk()));
		assertThat(page).contains("id=\"follow-ups\"", "id=\"request-support\"", "id=\"assign-task\"",
				"Chưa có đề nghị hỗ trợ hay nhiệm vụ nào");
		String producerPage = body(mvc.perform(get("/monitoring/reports/" + report).with(page("producer", "PRODUCER")))
				.andExpect(status().isOk()));
		assertThat(producerPage).contains("id=\"request-support\"").doesNotContain("id=\"assign-task\"");
		mvc.perform(get("/programme/tasks/from-report").param("reportId", report).param("reportMonth", period)
				.param("difficulty", "Thiếu vốn mở rộng nhà xưởng").param("year", String.valueOf(year))
				.with(page("admin", "PROVINCE_ADMIN"))).andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("Thiếu vốn mở rộng nhà xưởng")));
		mvc.perform(get("/programme/tasks/from-report").param("reportId", report).with(page("commune", "COMMUNE_OFFICER")))
				.andExpect(status().isForbidden());

		// the producer applies for support answering the report; the office assigns a task from it
		String request = JsonPath.read(body(postJson("/api/v1/support/requests", "producer", """
				{"itemId":"%s","productId":"%s","purpose":"Thiếu vốn mở rộng nhà xưởng","costEstimate":8000000,"reportMonth":"%s",
				 "requestedAmount":4000000,"reportId":"%s"}""".formatted(item, product, period, report))
				.andExpect(status().isCreated())), "$.id");
		String location = mvc.perform(post("/programme/tasks/from-report").with(page("admin", "PROVINCE_ADMIN"))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("reportId", report).param("reportMonth", period).param("year", String.valueOf(year))
				.param("activity", "6").param("taskNumber", "6.9").param("description", "Kết nối tín dụng cho HTX")
				.param("deadline", year + "-03-31"))
				.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/programme/tasks/");
		String task = location.substring("/programme/tasks/".length());
		mvc.perform(get("/api/v1/plans/tasks/" + task).with(as("admin"))).andExpect(status().isOk())
				.andExpect(jsonPath("$.sourceReportId").value(report)).andExpect(jsonPath("$.sourceReportMonth").value(period));
		mvc.perform(get(location).with(page("admin", "PROVINCE_ADMIN"))).andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("/monitoring/reports/" + report)));

		// the report shows what was done, with where each stands, and still does after a correction (a new version)
		mvc.perform(post("/api/v1/reports/monthly/" + report + "/corrections").with(as("producer"))
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content("{\"productionVolume\":2,\"revenueVnd\":13000000,\"workers\":4,\"reason\":\"Sửa doanh thu\"}"))
				.andExpect(status().isCreated());
		String current = JsonPath.read(body(mvc.perform(get("/api/v1/reports/monthly/versions")
				.param("producerId", producer.toString()).param("period", period).with(as("admin")))), "$[1].id");
		for (String shown : List.of(report, current)) {
			String after = body(mvc.perform(get("/monitoring/reports/" + shown).with(page("admin", "PROVINCE_ADMIN")))
					.andExpect(status().isOk()));
			assertThat(after).contains("/support/requests/" + request, "/programme/tasks/" + task, "Đề nghị hỗ trợ",
					"Nhiệm vụ kế hoạch", "6.9 · Kết nối tín dụng cho HTX", "Đã nộp", "Chưa triển khai");
		}
	}

	@Test
	void thePagesShowEachStepToWhoeverTakesIt() throws Exception {
		int year = plan();
		line(year, 11, "PROVINCIAL", 5_000_000);
		String item = item("IP_REGISTRATION", 2_000_000L, null);
		UUID product = product();
		mvc.perform(get("/support/requests/new").param("productId", product.toString()).with(page("producer", "PRODUCER")))
				.andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Hỗ trợ T")));
		// over the ceiling: the form says why beside the amount, keeps what was typed, and nothing is written
		int before = requestCount();
		String refused = body(mvc.perform(post("/support/requests").with(page("producer", "PRODUCER"))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("itemId", item).param("productId", product.toString()).param("purpose", "Đăng ký nhãn hiệu")
				.param("costEstimate", "3.000.000").param("requestedAmount", "2.500.000"))
				.andExpect(status().isUnprocessableContent()));
		assertThat(fieldError(refused, "requestedAmount")).contains("vượt mức trần");
		assertThat(org.jsoup.Jsoup.parse(refused).getElementById("purpose").text()).isEqualTo("Đăng ký nhãn hiệu");
		assertThat(requestCount()).isEqualTo(before);
		String location = mvc.perform(post("/support/requests").with(page("producer", "PRODUCER"))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("itemId", item).param("productId", product.toString()).param("purpose", "Đăng ký nhãn hiệu")
				.param("costEstimate", "3.000.000").param("requestedAmount", "2.000.000"))
				.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/support/requests/");
		mvc.perform(get(location).with(page("commune", "COMMUNE_OFFICER"))).andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"check-form\"")));
		mvc.perform(get(location).with(page("producer", "PRODUCER"))).andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"check-form\""))));
		for (String path : new String[] { "/support", "/support/items", "/support/budgets?year=" + year, "/support/ip",
				"/support/ip/products/" + product + "/evidence" }) {
			mvc.perform(get(path).with(page("admin", "PROVINCE_ADMIN"))).andExpect(status().isOk());
		}
		mvc.perform(get("/support/budgets/" + year + "/export.xlsx").with(page("admin", "PROVINCE_ADMIN")))
				.andExpect(status().isOk());
		mvc.perform(get("/support").with(page("producer", "PRODUCER"))).andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString(location.substring("/support/requests/".length()))));
	}

	private int requestCount() throws Exception {
		return JsonPath.<List<Object>>read(body(mvc.perform(get("/api/v1/support/requests").with(as("admin")))), "$")
				.size();
	}

	/** The error shown beside a field of a page's form (the shared fragments' {@code <field>-error}). */
	private static String fieldError(String page, String field) {
		var error = org.jsoup.Jsoup.parse(page).getElementById(field + "-error");
		assertThat(error).as("error beside " + field).isNotNull();
		return error.text();
	}

	private ResultActions form(String path, String user, String role, String... params) throws Exception {
		var request = post(path).with(page(user, role))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request);
	}

	@Test
	void aBadInputOnASupportFormShowsItsErrorBesideTheFieldAndChangesNothing() throws Exception {
		int year = plan();
		line(year, 6, "PROVINCIAL", 50_000_000);
		String item = item("PACKAGING_DESIGN", 10_000_000L, null);
		UUID product = product();
		// the application: an amount that is no amount, a purpose left out; every error at once
		int requests = requestCount();
		String page = body(form("/support/requests", "producer", "PRODUCER", "itemId", item, "productId",
				product.toString(), "purpose", " ", "costEstimate", "ba triệu", "requestedAmount", "2.000.000")
				.andExpect(status().isUnprocessableContent()));
		assertThat(fieldError(page, "costEstimate")).isEqualTo("phải là số tiền (đ), ví dụ 3.000.000");
		assertThat(fieldError(page, "purpose")).isEqualTo("không được để trống");
		assertThat(requestCount()).isEqualTo(requests);
		// a step on a request: a refusal without its reason
		String request = apply(item, product, 8_000_000, 4_000_000, "producer");
		check(request);
		page = body(form("/support/requests/" + request + "/refusal", "admin", "PROVINCE_ADMIN", "reason", "",
				"decisionNumber", "9/QĐ").andExpect(status().isUnprocessableContent()));
		assertThat(fieldError(page, "reason")).isEqualTo("không được để trống");
		mvc.perform(get("/api/v1/support/requests/" + request).with(as("admin")))
				.andExpect(jsonPath("$.status").value("CHECKED"));
		// an approval over what was requested: beside the amount
		page = body(form("/support/requests/" + request + "/approval", "admin", "PROVINCE_ADMIN", "amount", "5.000.000",
				"decisionNumber", "9/QĐ").andExpect(status().isUnprocessableContent()));
		assertThat(fieldError(page, "amount")).contains("lớn hơn số tiền đề nghị");
		mvc.perform(get("/api/v1/support/requests/" + request).with(as("admin")))
				.andExpect(jsonPath("$.status").value("CHECKED"));
		// an item without its code, and a share over 100 %: beside each
		page = body(form("/support/items", "admin", "PROVINCE_ADMIN", "code", "", "name", "Hỗ trợ thử",
				"category", "PACKAGING_DESIGN", "legalBasis", "QĐ 1", "ceilingShare", "120", "fundingSource", "PROVINCIAL")
				.andExpect(status().isUnprocessableContent()));
		assertThat(fieldError(page, "code")).isEqualTo("không được để trống");
		assertThat(body(mvc.perform(get("/api/v1/support/items").with(as("admin"))))).doesNotContain("Hỗ trợ thử");
		// an allocation to an activity the year's plan does not have: beside the activity
		String budget = body(mvc.perform(get("/api/v1/budgets/" + year).with(as("admin"))));
		page = body(form("/support/budgets/" + year + "/lines", "admin", "PROVINCE_ADMIN", "activityNumber", "42",
				"source", "CENTRAL", "allocated", "1.000.000").andExpect(status().isUnprocessableContent()));
		assertThat(fieldError(page, "activityNumber")).contains("không có hoạt động 42");
		// a contract over what is left on the line: on the line's row
		String lineId = JsonPath.<List<String>>read(budget, "$.lines[?(@.activityNumber == 6)].id").get(0);
		page = body(form("/support/budgets/lines/" + lineId + "/contracts", "admin", "PROVINCE_ADMIN", "year",
				String.valueOf(year), "description", "In nhãn", "amount", "-3").andExpect(status().isUnprocessableContent()));
		assertThat(org.jsoup.Jsoup.parse(page).getElementById("contract-errors-" + lineId).text())
				.contains("phải là số tiền (đ)");
		assertThat(body(mvc.perform(get("/api/v1/budgets/" + year).with(as("admin"))))).isEqualTo(budget);
		// an IP registration without its mark, and a filing without its number
		page = body(form("/support/ip", "producer", "PRODUCER", "productId", product.toString(), "type", "TRADEMARK",
				"markName", "", "applicant", "HTX").andExpect(status().isUnprocessableContent()));
		assertThat(fieldError(page, "markName")).isEqualTo("không được để trống");
		assertThat(body(mvc.perform(get("/api/v1/ip-registrations").param("productId", product.toString())
				.with(as("admin"))))).isEqualTo("[]");
		String ip = JsonPath.read(body(postJson("/api/v1/ip-registrations", "producer", """
				{"productId":"%s","type":"TRADEMARK","markName":"Nhãn thử","applicant":"HTX thử"}"""
				.formatted(product)).andExpect(status().isCreated())), "$.id");
		page = body(form("/support/ip/" + ip + "/filing", "producer", "PRODUCER", "number", "", "date", "2020-01-01")
				.andExpect(status().isUnprocessableContent()));
		assertThat(org.jsoup.Jsoup.parse(page).getElementById("step-errors-" + ip).text()).isEqualTo("không được để trống");
		mvc.perform(get("/api/v1/ip-registrations/" + ip).with(as("admin")))
				.andExpect(jsonPath("$.status").value("PREPARING"));
		// the producer's menu entry: the list of its own products' registrations (was a 403 without a product)
		assertThat(body(mvc.perform(get("/support/ip").with(page("producer", "PRODUCER"))).andExpect(status().isOk())))
				.contains("Nhãn thử");
	}

	private static BigDecimal decimal(String json, String path) {
		Object value = JsonPath.read(json, path);
		if (value instanceof List<?> list) {
			assertThat(list).hasSize(1);
			value = list.get(0);
		}
		return new BigDecimal(String.valueOf(value));
	}

	private static BigDecimal sum(String json, String path) {
		List<Object> values = JsonPath.read(json, path);
		return values.stream().map(v -> new BigDecimal(String.valueOf(v))).reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}
