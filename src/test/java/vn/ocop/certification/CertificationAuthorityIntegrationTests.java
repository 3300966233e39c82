package vn.ocop.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;
import vn.ocop.criteria.CriteriaApi;
import vn.ocop.criteria.Scorecard;
import vn.ocop.support.MovableClock;
import vn.ocop.support.RegistryFixtures;

/**
 * Levels and authority, and the documents a People's Committee signs (issue 14): under 148/QĐ-TTg the district
 * recognises 3★ and not 4★, the province 4★ and not 3★; under 26/2026/QĐ-TTg the commune recognises nothing, the
 * province 3★–4★, and a product of 90 points or more waits for the Minister's decision, which the province records;
 * each decision, certificate and revocation carries the authority and signature block of its level; a revocation
 * names one of the grounds of Điều 8 and the 15-day deadline; reminders follow the certificate's regulation.
 */
@CertificationTest
class CertificationAuthorityIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();
	static final String DUC_LINH = "18322";
	static final String[] MEMBERS = { "council1", "council2", "council3", "council4", "council5" };

	@RegisterExtension
	static final GreenMailExtension mail = vn.ocop.support.TestMail.server("certification");

	@Autowired
	MockMvc mvc;

	@Autowired
	CriteriaApi criteria;

	@Autowired
	MovableClock clock;

	@Autowired
	CertificateExpiry expiry;

	@Autowired
	ApplicationEvents events;

	UUID producer;

	@BeforeEach
	void setUp() throws Exception {
		clock.reset();
		cycle(2024, "148/QĐ-TTg");
		cycle(2025, "1489/QĐ-TTg");
		producer = new RegistryFixtures(mvc).producer("HTX Sinh vật cảnh Vũ Quang " + UUID.randomUUID().toString().substring(0, 6),
				DUC_LINH, "producer");
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void shouldStartWithTheDemoRecognitionsUnder26SignedByTheProvinceAndTheMinister() throws Exception {
		// the demo's council records attendance and the disqualifier check before scoring, as the procedure asks
		String all = mvc.perform(get("/api/v1/certificates").with(httpBasic("admin", RegistryFixtures.PASSWORD)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		List<String> levels = com.jayway.jsonpath.JsonPath.read(all,
				"$[?(@.regulationCode == '26/2026/QĐ-TTg')].decision.level");
		assertThat(levels).as("demo certificates under 26/2026").contains("PROVINCE", "CENTRAL");
		List<Integer> fiveStars = com.jayway.jsonpath.JsonPath.read(all,
				"$[?(@.regulationCode == '26/2026/QĐ-TTg' && @.decision.level == 'CENTRAL')].stars");
		assertThat(fiveStars).containsOnly(5);
	}

	@Test
	void shouldLetTheDistrictRecogniseThreeStarsAndOnlyTheProvinceFourUnder148() throws Exception {
		clock.moveTo(LocalDate.of(2024, 6, 10)); // a 148 dossier is evaluated while 148 is in force
		UUID three = rated(2024, "Cây sanh cảnh Vũ Quang", "2024-03-01", "148-24", 62, "RATED");
		UUID four = rated(2024, "Cây mai chiếu thủy Vũ Quang", "2024-03-01", "148-24", 85, "RATED");
		LocalDate decided = LocalDate.of(2024, 6, 3);

		// the province may not recognise 3★ under 148, nor the district 4★
		mvc.perform(issue(three, "PT-" + suffix(), decided, "admin", null))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value(containsString("148/QĐ-TTg")))
				.andExpect(jsonPath("$.detail").value(containsString("cấp huyện")))
				.andExpect(jsonPath("$.refused[0].reason").value("certification.level.notTheseStars"));
		mvc.perform(issue(four, "HT-" + suffix(), decided, "district", null))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value(containsString("4 sao")))
				.andExpect(jsonPath("$.detail").value(containsString("cấp tỉnh")));
		// a district officer cannot record a provincial decision
		mvc.perform(issue(three, "HX-" + suffix(), decided, "district", "\"level\":\"PROVINCE\""))
				.andExpect(status().isUnprocessableContent());

		// the district recognises the 3★ one: its People's Committee and signature block on every document
		String json = mvc.perform(issue(three, "H-" + suffix() + "/QĐ-UBND", decided, "district", null))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.stars").value(3))
				.andExpect(jsonPath("$.regulationCode").value("148/QĐ-TTg"))
				.andExpect(jsonPath("$.decision.level").value("DISTRICT"))
				.andExpect(jsonPath("$.decision.authority").value("Ủy ban nhân dân huyện Vũ Quang"))
				.andExpect(jsonPath("$.decision.signatureBlock[0]").value("TM. ỦY BAN NHÂN DÂN"))
				.andExpect(jsonPath("$.decision.signatureBlock[1]").value("KT. CHỦ TỊCH"))
				.andExpect(jsonPath("$.decision.signatureBlock[2]").value("PHÓ CHỦ TỊCH"))
				.andExpect(jsonPath("$.decision.decidingTitle").value("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN VŨ QUANG"))
				.andReturn().getResponse().getContentAsString();
		String code = JsonPath.read(json, "$.code");
		String decision = JsonPath.read(json, "$.decision.id");
		String certificate = text(mvc.perform(get("/api/v1/certificates/" + code + "/pdf").with(basic("admin"))));
		assertThat(certificate).contains("ỦY BAN NHÂN DÂN HUYỆN VŨ QUANG", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
				"PHÓ CHỦ TỊCH", "Vũ Quang, ngày 3 tháng 6 năm 2024");
		String pdf = text(mvc.perform(get("/api/v1/decisions/" + decision + "/pdf").with(basic("district"))));
		assertThat(pdf).contains("QUYẾT ĐỊNH", "Về việc công nhận sản phẩm đạt chuẩn OCOP",
				"CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN VŨ QUANG", "Quyết định 148/QĐ-TTg", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
				"PHÓ CHỦ TỊCH", "Trần Văn Ký", "PHỤ LỤC", "Cây sanh cảnh Vũ Quang", "62,00", code);

		// the province recognises the 4★ one, the Chair signing himself
		mvc.perform(issue(four, "T-" + suffix() + "/QĐ-UBND", decided, "admin", "\"capacity\":\"HEAD\""))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.stars").value(4))
				.andExpect(jsonPath("$.decision.authority").value("Ủy ban nhân dân tỉnh Hà Tĩnh"))
				.andExpect(jsonPath("$.decision.signatureBlock.length()").value(2))
				.andExpect(jsonPath("$.decision.signatureBlock[1]").value("CHỦ TỊCH"));

		// a 148 certificate gets the issuer's notice 30 days before it lapses
		LocalDate lastDay = decided.plusMonths(36).minusDays(1);
		clock.moveTo(lastDay.minusDays(30));
		expiry.run();
		assertThat(events.stream(ExpiryReminderSent.class).filter(e -> e.code().equals(code))
				.map(ExpiryReminderSent::daysBefore)).containsExactly(30);
	}

	@Test
	void shouldLetTheProvinceRecogniseA148DossierOnce1489AbolishedTheDistrictLevel() throws Exception {
		clock.moveTo(LocalDate.of(2025, 6, 20));
		UUID three = rated(2024, "Cây sanh Mai Hoa", "2025-03-01", "148-24", 62, "RATED");
		clock.moveTo(LocalDate.of(2025, 8, 5));
		// decided after 6/7/2025: 148 as amended by 1489, the district (abolished 1/7/2025) no longer decides
		mvc.perform(issue(three, "H-" + suffix(), LocalDate.of(2025, 8, 1), "district", null))
				.andExpect(status().isConflict());
		mvc.perform(issue(three, "T-" + suffix() + "/QĐ-UBND", LocalDate.of(2025, 8, 1), "admin", null))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.regulationCode").value("148/QĐ-TTg"))
				.andExpect(jsonPath("$.decision.level").value("PROVINCE"));
	}

	@Test
	void shouldLetOnlyTheProvinceRecogniseUnder26And5StarsOnlyByTheMinistersDecision() throws Exception {
		UUID three = rated(2025, "Cây bonsai Đức Lĩnh", "2026-06-05", "148-24", 62, "RATED");
		UUID five = rated(2025, "Cây cảnh nghệ thuật Đức Lĩnh", "2026-06-05", "148-24", 95, "ESCALATED");
		LocalDate decided = LocalDate.of(2026, 7, 1);

		// the commune pre-assesses only; the district no longer exists
		mvc.perform(issue(three, "X-" + suffix(), decided, "commune", null))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value(containsString("26/2026/QĐ-TTg")))
				.andExpect(jsonPath("$.detail").value(containsString("cấp xã không có thẩm quyền")))
				.andExpect(jsonPath("$.refused[0].reason").value("certification.level.noAuthority"));
		mvc.perform(issue(three, "H-" + suffix(), decided, "district", null)).andExpect(status().isConflict());

		// the province recognises 3★, a vice-chair signing for the Chair
		String json = mvc.perform(issue(three, "T-" + suffix() + "/QĐ-UBND", decided, "admin", null))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.regulationCode").value("26/2026/QĐ-TTg"))
				.andExpect(jsonPath("$.decision.authority").value("Ủy ban nhân dân tỉnh Hà Tĩnh"))
				.andExpect(jsonPath("$.decision.signatureBlock[1]").value("KT. CHỦ TỊCH"))
				.andReturn().getResponse().getContentAsString();
		String code = JsonPath.read(json, "$.code");
		String recognition = JsonPath.read(json, "$.decision.id");
		assertThat(text(mvc.perform(get("/api/v1/decisions/" + recognition + "/pdf").with(basic("producer")))))
				.contains("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "26/2026/QĐ-TTg",
						"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Cây bonsai Đức Lĩnh", "62,00");
		mvc.perform(get("/api/v1/decisions/" + recognition).with(basic("producer-hs"))).andExpect(status().isNotFound());

		// ≥ 90 points: the province may not recognise 5★; it records the Minister's decision when it arrives
		mvc.perform(issue(five, "T5-" + suffix(), decided, "admin", null))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.refused[0].reason").value("certification.product.awaitsCentralResult"));
		mvc.perform(get("/certification").with(user("admin").roles("PROVINCE_ADMIN")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Cây cảnh nghệ thuật Đức Lĩnh")))
				.andExpect(content().string(containsString("ghi kết quả của Hội đồng Trung ương khi nhận được")))
				.andExpect(content().string(containsString("Quyết định của Bộ trưởng (Trung ương)")))
				.andExpect(content().string(containsString("KT. Chủ tịch")));
		mvc.perform(get("/certification").with(user("commune").roles("COMMUNE_OFFICER")))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString("name=\"decisionNumber\""))));
		mvc.perform(issue(five, "C-" + suffix(), decided, "commune", "\"level\":\"CENTRAL\""))
				.andExpect(status().isUnprocessableContent());
		// the Minister's decision follows from the central council's result, which the office records first
		mvc.perform(issue(five, "M-" + suffix() + "/QĐ-BNNMT", decided, "admin", "\"level\":\"CENTRAL\",\"stars\":5"))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.refused[0].reason").value("certification.product.awaitsCentralResult"));
		LocalDate today = LocalDate.now(clock);
		mvc.perform(get("/evaluation/products/" + five).with(user("admin").roles("PROVINCE_ADMIN")))
				.andExpect(content().string(allOf(containsString("chờ kết quả đánh giá của Hội đồng Trung ương"),
						containsString("name=\"minutesReference\""))));
		mvc.perform(get("/api/v1/me/work-items").with(basic("admin")))
				.andExpect(jsonPath("$[?(@.kind == 'evaluation.central-result')].link").value(hasItem(
						org.hamcrest.Matchers.startsWith("/evaluation/products/"))))
				.andExpect(jsonPath("$[?(@.kind == 'evaluation.central-result')].title").value(hasItem(
						containsString("Ghi kết quả của Hội đồng Trung ương"))));
		mvc.perform(centralResult(five, "88.5", 5, today, "BB-01/HĐTW", "commune")).andExpect(status().isForbidden());
		mvc.perform(centralResult(five, "88.5", 5, today, "BB-01/HĐTW", "admin"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.detail").value(containsString("từ 90 điểm")));
		mvc.perform(centralResult(five, "93.4", 5, today.plusDays(1), "BB-01/HĐTW", "admin"))
				.andExpect(status().isUnprocessableContent());
		mvc.perform(centralResult(five, "93.4", 5, today, "BB-01/HĐTW", "admin"))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.proposedStars").value(5))
				.andExpect(jsonPath("$.score").value(93.4));
		mvc.perform(centralResult(five, "93.4", 5, today, "BB-01/HĐTW", "admin")).andExpect(status().isConflict());
		mvc.perform(get("/evaluation/products/" + five).with(user("producer").roles("PRODUCER")))
				.andExpect(content().string(allOf(containsString("93,40 điểm, đề nghị 5 sao (biên bản BB-01/HĐTW)"),
						containsString("Bộ trưởng Bộ Nông nghiệp và Môi trường công nhận"),
						org.hamcrest.Matchers.not(containsString("name=\"minutesReference\"")))));
		mvc.perform(get("/certification").with(user("admin").roles("PROVINCE_ADMIN")))
				.andExpect(content().string(containsString("chờ quyết định công nhận 5 sao của Bộ trưởng")));
		String central = mvc.perform(issue(five, suffix() + "/QĐ-BNNMT", decided, "admin", "\"level\":\"CENTRAL\",\"stars\":5"))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.stars").value(5))
				.andExpect(jsonPath("$.decision.level").value("CENTRAL"))
				.andExpect(jsonPath("$.decision.authority").value("Bộ Nông nghiệp và Môi trường"))
				.andExpect(jsonPath("$.decision.signatureBlock[0]").value("KT. BỘ TRƯỞNG"))
				.andExpect(jsonPath("$.decision.signatureBlock[1]").value("THỨ TRƯỞNG"))
				.andReturn().getResponse().getContentAsString();
		String fiveCode = JsonPath.read(central, "$.code");
		assertThat(text(mvc.perform(get("/api/v1/certificates/" + fiveCode + "/pdf").with(basic("admin")))))
				.contains("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Hà Nội, ngày 1 tháng 7 năm 2026");
		mvc.perform(get("/api/v1/products/" + five).with(basic("admin")))
				.andExpect(jsonPath("$.status").value("CERTIFIED")).andExpect(jsonPath("$.stars").value(5));

		// below 90 at the central council: the provincial Chair recognises 4★ on its result, never 5★
		UUID belowCentral = rated(2025, "Cây cảnh cổ thụ Đức Lĩnh", "2026-06-05", "148-24", 95, "ESCALATED");
		mvc.perform(issue(belowCentral, "T4-" + suffix(), decided, "admin", null))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.refused[0].reason").value("certification.product.awaitsCentralResult"));
		mvc.perform(centralResult(belowCentral, "84", 4, today, "BB-02/HĐTW", "admin")).andExpect(status().isCreated());
		mvc.perform(get("/api/v1/products/" + belowCentral).with(basic("admin")))
				.andExpect(jsonPath("$.status").value("RATED")).andExpect(jsonPath("$.stars").value(4));
		mvc.perform(issue(belowCentral, "T5-" + suffix(), decided, "admin", "\"level\":\"CENTRAL\",\"stars\":5"))
				.andExpect(status().isConflict());
		mvc.perform(get("/evaluation/products/" + belowCentral).with(user("admin").roles("PROVINCE_ADMIN")))
				.andExpect(content().string(containsString("Chủ tịch UBND tỉnh công nhận 4 sao theo kết quả của Hội đồng Trung ương")));
		mvc.perform(issue(belowCentral, "T4-" + suffix() + "/QĐ-UBND", decided, "admin", null))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.stars").value(4))
				.andExpect(jsonPath("$.decision.level").value("PROVINCE"))
				.andExpect(jsonPath("$.decision.authority").value("Ủy ban nhân dân tỉnh Hà Tĩnh"));

		// revocation: a ground of Điều 8 is required, the province revokes 3★–4★ only, the Minister 5★
		LocalDate concluded = LocalDate.of(2026, 9, 1);
		LocalDate revokedOn = LocalDate.of(2026, 9, 10);
		String body = """
				{"reason":"Kiểm tra ngày 01/9/2026: không duy trì truy xuất nguồn gốc điện tử","decisionNumber":"%s",
				 "decisionDate":"%s"%s}""";
		mvc.perform(post("/api/v1/certificates/" + code + "/revoke").with(basic("admin")).contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted("TH-" + suffix(), revokedOn, "")))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.detail").value(containsString("căn cứ thu hồi")));
		mvc.perform(post("/api/v1/certificates/" + code + "/revoke").with(basic("admin")).contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted("TH-" + suffix(), revokedOn, ",\"groundCode\":\"PROVINCIAL_RULES\"")))
				.andExpect(status().isUnprocessableContent());
		mvc.perform(get("/api/v1/certificates/revocation-grounds").param("date", revokedOn.toString()).with(basic("admin")))
				.andExpect(jsonPath("$.regulationCode").value("26/2026/QĐ-TTg"))
				.andExpect(jsonPath("$.deliverWithinDays").value(15))
				.andExpect(jsonPath("$.grounds.length()").value(6));
		mvc.perform(post("/api/v1/certificates/" + fiveCode + "/revoke").with(basic("admin")).contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted("TH5-" + suffix(), revokedOn, ",\"groundCode\":\"CRITERIA_NOT_MET\"")))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value(containsString("5 sao")));
		String revoked = mvc.perform(post("/api/v1/certificates/" + code + "/revoke").with(basic("admin"))
				.contentType(MediaType.APPLICATION_JSON).content(body.formatted("TH-" + suffix() + "/QĐ-UBND", revokedOn,
						",\"groundCode\":\"CRITERIA_NOT_MET\",\"groundsEstablishedOn\":\"" + concluded + "\",\"signer\":\"Trần Báu Hà\"")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("REVOKED"))
				.andExpect(jsonPath("$.revocation.groundCode").value("CRITERIA_NOT_MET"))
				.andExpect(jsonPath("$.revocation.deliverBy").value(concluded.plusDays(15).toString()))
				.andExpect(jsonPath("$.revocation.signatureBlock[0]").value("TM. ỦY BAN NHÂN DÂN"))
				.andReturn().getResponse().getContentAsString();
		String revocation = JsonPath.read(revoked, "$.revocation.id");
		assertThat(text(mvc.perform(get("/api/v1/decisions/" + revocation + "/pdf").with(basic("admin")))))
				.contains("Về việc thu hồi Giấy chứng nhận sản phẩm OCOP", "Điều 8 Quyết định 26/2026/QĐ-TTg",
						"Sản phẩm không còn đáp ứng tiêu chí theo kết luận kiểm tra", "trong 15 ngày",
						"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Báu Hà", code);
		mvc.perform(get("/certification/" + code).with(user("admin").roles("PROVINCE_ADMIN")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Sản phẩm không còn đáp ứng tiêu chí")))
				.andExpect(content().string(containsString("KT. CHỦ TỊCH")));

		// the revocation form offers the six grounds and the deadline; without a ground nothing happens
		mvc.perform(get("/certification/" + fiveCode).with(user("admin").roles("PROVINCE_ADMIN")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Chủ thể ngừng sản xuất sản phẩm")))
				.andExpect(content().string(containsString("trong 15 ngày")))
				// revoking asks first and says what follows (issue 16, point 5)
				.andExpect(content().string(containsString("data-confirm=\"Thu hồi giấy chứng nhận " + fiveCode
						+ "? Sản phẩm mất sao OCOP ngay")));
		mvc.perform(post("/certification/" + fiveCode + "/revoke").with(user("admin").roles("PROVINCE_ADMIN")).with(csrf())
				.param("decisionNumber", "TW-" + suffix()).param("decisionDate", revokedOn.toString())
				.param("reason", "Ngừng sản xuất").param("level", "CENTRAL"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
						"(?s).*id=\"groundCode-error\"[^>]*>[^<]*căn cứ thu hồi.*")));
		mvc.perform(post("/certification/" + fiveCode + "/revoke").with(user("admin").roles("PROVINCE_ADMIN")).with(csrf())
				.param("decisionNumber", "TW-" + suffix()).param("decisionDate", revokedOn.toString())
				.param("reason", "Ngừng sản xuất").param("level", "CENTRAL").param("groundCode", "PRODUCTION_STOPPED"))
				.andExpect(status().is3xxRedirection())
				.andExpect(flash().attribute("certFlash", containsString(fiveCode)));
		mvc.perform(get("/api/v1/certificates/" + fiveCode).with(basic("admin")))
				.andExpect(jsonPath("$.status").value("REVOKED"))
				.andExpect(jsonPath("$.revocation.authority").value("Bộ Nông nghiệp và Môi trường"));
	}

	@Test
	void shouldListTheRecognitionDecisionsWithEachProductUnderItsOwnRegulation() throws Exception {
		// a dossier filed before 22/5/2026 finishes under 148/1489; one filed after is rated under 26/2026
		clock.moveTo(LocalDate.of(2026, 6, 20));
		String tag = suffix();
		UUID old = rated(2025, "Cây sanh cổ " + tag, "2026-05-04", "148-24", 62, "RATED");
		UUID current = rated(2025, "Cây tùng cảnh " + tag, "2026-06-05", "148-24", 75, "RATED");
		clock.moveTo(LocalDate.of(2026, 7, 2));
		String number = "DS-" + tag + "/QĐ-UBND";
		// one provincial decision recognises both
		mvc.perform(post("/api/v1/certificates/bulk").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"decisionNumber":"%s","decisionDate":"2026-07-01","signer":"Trần Văn Ký","productIds":["%s","%s"]}"""
				.formatted(number, old, current))).andExpect(status().isCreated());

		String listed = mvc.perform(get("/api/v1/decisions").param("year", "2026").param("level", "PROVINCE").with(admin()))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String path = "$[?(@.decision.number == '" + number + "')]";
		assertThat((List<String>) JsonPath.read(listed, path + ".decision.authority")).containsExactly("Ủy ban nhân dân tỉnh Hà Tĩnh");
		assertThat((List<String>) JsonPath.read(listed, path + ".decision.signatureBlock[1]")).containsExactly("KT. CHỦ TỊCH");
		List<String> names = JsonPath.read(listed, path + ".lines[*].productName");
		assertThat(names).containsExactlyInAnyOrder("Cây sanh cổ " + tag, "Cây tùng cảnh " + tag);
		// each product under its own regulation, not the first product's
		List<String> old148 = JsonPath.read(listed, path + ".lines[?(@.productName == 'Cây sanh cổ " + tag + "')].regulationCode");
		List<String> new26 = JsonPath.read(listed, path + ".lines[?(@.productName == 'Cây tùng cảnh " + tag + "')].regulationCode");
		assertThat(new26).containsExactly("26/2026/QĐ-TTg");
		assertThat(old148).hasSize(1).first().asString().isIn("148/QĐ-TTg", "1489/QĐ-TTg");
		assertThat((List<Integer>) JsonPath.read(listed, path + ".lines[*].issuedStars")).containsExactlyInAnyOrder(3, 4);
		// filters: another year, level or regulation leaves it out; the regulation of either product finds it
		for (String[] other : new String[][] { { "year", "2025" }, { "level", "CENTRAL" }, { "regulation", "1048/QĐ-TTg" } }) {
			mvc.perform(get("/api/v1/decisions").param(other[0], other[1]).with(admin()))
					.andExpect(jsonPath("$[*].decision.number").value(org.hamcrest.Matchers.not(hasItem(number))));
		}
		for (String regulation : List.of(old148.get(0), "26/2026/QĐ-TTg")) {
			mvc.perform(get("/api/v1/decisions").param("regulation", regulation).with(admin()))
					.andExpect(jsonPath("$[*].decision.number").value(hasItem(number)));
		}
		// the producer sees its decision, another producer and another district do not
		mvc.perform(get("/api/v1/decisions").with(basic("producer")))
				.andExpect(jsonPath("$[*].decision.number").value(hasItem(number)));
		for (String outsider : List.of("producer-hs", "district-hs")) {
			mvc.perform(get("/api/v1/decisions").with(basic(outsider)))
					.andExpect(status().isOk())
					.andExpect(jsonPath("$[*].decision.number").value(org.hamcrest.Matchers.not(hasItem(number))));
		}

		// the page: the decision with its authority, signature block, products, each product's regulation, PDF link
		String page = mvc.perform(get("/certification/decisions").param("year", "2026").with(user("admin").roles("PROVINCE_ADMIN")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String decisionId = ((List<String>) JsonPath.read(listed, path + ".decision.id")).get(0);
		int at = page.indexOf("id=\"decision-" + decisionId + "\"");
		assertThat(at).isGreaterThan(0);
		String card = page.substring(at, page.indexOf("</article>", at));
		assertThat(card).contains(number, "01/07/2026", "Ủy ban nhân dân tỉnh Hà Tĩnh",
				"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "Trần Văn Ký", "Cây sanh cổ " + tag, "Cây tùng cảnh " + tag,
				"<td class=\"line-regulation\">26/2026/QĐ-TTg</td>", "<td class=\"line-regulation\">" + old148.get(0) + "</td>",
				"/certification/decisions/" + decisionId + "/pdf");
		assertThat(page).contains("href=\"/certification/decisions\"");
		mvc.perform(get("/certification/decisions").param("regulation", "1048/QĐ-TTg").with(user("admin").roles("PROVINCE_ADMIN")))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString(number))));
		// the signed decision cites both regulations and names each product's in its annex
		assertThat(text(mvc.perform(get("/api/v1/decisions/" + decisionId + "/pdf").with(admin()))))
				.contains("Văn bản áp dụng", "26/2026/QĐ-TTg", old148.get(0));
	}

	@Test
	void shouldRemindAsTheRenewalWindowOf26OpensAndBeforeItCloses() throws Exception {
		UUID product = rated(2025, "Cây lộc vừng Đức Lĩnh", "2026-06-05", "148-24", 62, "RATED");
		String json = mvc.perform(issue(product, "T-" + suffix() + "/QĐ-UBND", LocalDate.of(2026, 7, 1), "admin", null))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String code = JsonPath.read(json, "$.code");
		LocalDate lastDay = LocalDate.parse(JsonPath.read(json, "$.validUntil"));

		clock.moveTo(lastDay.minusDays(181));
		expiry.run();
		assertThat(events.stream(ExpiryReminderSent.class).filter(e -> e.code().equals(code))).isEmpty();
		clock.moveTo(lastDay.minusDays(180));
		expiry.run();
		expiry.run();
		mvc.perform(get("/api/v1/certificates/notifications").with(basic("producer")))
				.andExpect(jsonPath("$[?(@.code == '" + code + "')].kind").value(hasItem("RENEWAL_WINDOW")));
		mvc.perform(get("/api/v1/notifications").with(basic("producer")))
				.andExpect(jsonPath("$[?(@.topic == 'certification.renewal-window')].text").value(hasItem(containsString(
						lastDay.minusDays(120).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))))));
		// 90 days before is past the window: no reminder the office's settings would send under the old rules
		clock.moveTo(lastDay.minusDays(135));
		expiry.run();
		clock.moveTo(lastDay.minusDays(90));
		expiry.run();
		assertThat(events.stream(ExpiryReminderSent.class).filter(e -> e.code().equals(code))
				.map(ExpiryReminderSent::daysBefore)).containsExactly(180, 135);
	}

	// ---------------------------------------------------------------- helpers

	private UUID rated(int cycle, String name, String filedOn, String set, int total, String outcome) throws Exception {
		String json = mvc.perform(post("/api/v1/products").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name":"%s","producerId":"%s","productSetCode":"%s","communeCode":"%s","cycleYear":%d}"""
						.formatted(name, producer, set, DUC_LINH, cycle)))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		UUID id = UUID.fromString(JsonPath.read(json, "$.id"));
		mvc.perform(post("/api/v1/products/" + id + "/selection").with(admin())
				.contentType(MediaType.APPLICATION_JSON).content("{\"selected\":true}")).andExpect(status().isOk());
		// a dossier filed under 1489 (6/7/2025 – 21/5/2026) also carries the commune's review report
		boolean under1489 = !LocalDate.parse(filedOn).isBefore(LocalDate.of(2025, 7, 6))
				&& LocalDate.parse(filedOn).isBefore(LocalDate.of(2026, 5, 22));
		for (String type : under1489 ? new String[] { "REGISTRATION_FORM", "SELF_ASSESSMENT", "BUSINESS_REGISTRATION",
				"COMMUNE_REVIEW_REPORT" } : new String[] { "REGISTRATION_FORM", "SELF_ASSESSMENT", "BUSINESS_REGISTRATION" }) {
			mvc.perform(multipart("/api/v1/products/" + id + "/documents")
					.file(new MockMultipartFile("file", type + ".pdf", "application/pdf",
							RegistryFixtures.PDF.getBytes(StandardCharsets.US_ASCII)))
					.param("type", type).with(admin())).andExpect(status().isCreated());
		}
		mvc.perform(post("/api/v1/products/" + id + "/submission").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"dossierType\":\"FIRST\",\"filedOn\":\"" + filedOn + "\"}")).andExpect(status().isOk());
		var members = new java.util.ArrayList<String>();
		for (int i = 0; i < MEMBERS.length; i++) {
			members.add("{\"username\":\"%s\",\"role\":\"%s\"}".formatted(MEMBERS[i], i == 0 ? "CHAIR" : "MEMBER"));
		}
		String council = id(mvc.perform(post("/api/v1/councils").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"level":"PROVINCE","unitCode":"42","year":%d,"name":"Hội đồng tỉnh %s","members":[%s]}"""
						.formatted(cycle, suffix(), String.join(",", members))))
				.andExpect(status().isCreated()));
		String session = id(mvc.perform(post("/api/v1/evaluations").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"councilId\":\"%s\",\"productIds\":[\"%s\"]}".formatted(council, id)))
				.andExpect(status().isCreated()));
		String scorecard = JsonPath.read(mvc.perform(get("/api/v1/evaluations/" + session).with(admin()))
				.andReturn().getResponse().getContentAsString(), "$.items[0].scorecardCode");
		// the council's procedure as recorded: every member present; the dossier passes the disqualifiers first
		vn.ocop.support.RatedProducts.attendAll(mvc, session, MEMBERS);
		if (!criteria.scorecard(scorecard).orElseThrow().disqualifiers().isEmpty()) {
			mvc.perform(put("/api/v1/evaluations/" + session + "/products/" + id + "/disqualifier-check")
					.with(httpBasic(MEMBERS[0], RegistryFixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
					.content("{\"disqualified\":false}")).andExpect(status().isOk());
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("selections", picksFor(criteria.scorecard(scorecard).orElseThrow(), total));
		body.put("submit", true);
		for (String member : MEMBERS) {
			mvc.perform(put("/api/v1/evaluations/" + session + "/products/" + id + "/scorecard")
					.with(httpBasic(member, RegistryFixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
					.content(JSON.writeValueAsString(body))).andExpect(status().isOk());
		}
		mvc.perform(post("/api/v1/evaluations/" + session + "/close").with(httpBasic(MEMBERS[0], RegistryFixtures.PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.results[0].outcome").value(outcome));
		return id;
	}

	/** The best option everywhere, then criterion by criterion as much off as the remaining difference allows. */
	static Map<String, Integer> picksFor(Scorecard scorecard, int total) {
		Map<String, Integer> picks = new LinkedHashMap<>();
		int remaining = scorecard.maxPoints() - total;
		// points are taken off criteria without a star minimum first, so that the band alone decides the stars
		var criteria = new java.util.ArrayList<>(scorecard.criteria().toList());
		criteria.sort(java.util.Comparator.comparing(c -> c.minimumForStars() != null
				|| c.options().stream().anyMatch(o -> o.minimumForStars() != null)));
		for (Scorecard.Criterion criterion : criteria) {
			int max = criterion.maxPoints();
			Scorecard.Option chosen = criterion.options().stream().filter(o -> o.points() == max).findFirst().orElseThrow();
			for (Scorecard.Option option : criterion.options()) {
				int cut = max - option.points();
				if (cut <= remaining && cut > max - chosen.points()) {
					chosen = option;
				}
			}
			remaining -= max - chosen.points();
			picks.put(criterion.code(), chosen.code());
		}
		if (remaining != 0) {
			throw new IllegalArgumentException("Cannot reach " + total);
		}
		return picks;
	}

	private void cycle(int year, String regulation) throws Exception {
		if (!mvc.perform(get("/api/v1/cycles").with(admin())).andReturn().getResponse().getContentAsString()
				.matches("(?s).*\"year\":" + year + ",.*")) {
			mvc.perform(post("/api/v1/cycles").with(admin()).contentType(MediaType.APPLICATION_JSON)
					.content("{\"year\":" + year + ",\"regulationCode\":\"" + regulation + "\"}"));
		}
	}

	private org.springframework.test.web.servlet.RequestBuilder issue(UUID product, String number, LocalDate date,
			String account, String extra) {
		return post("/api/v1/certificates").with(basic(account)).contentType(MediaType.APPLICATION_JSON).content("""
				{"productId":"%s","decisionNumber":"%s","decisionDate":"%s","signer":"Trần Văn Ký"%s}"""
				.formatted(product, number, date, extra == null ? "" : "," + extra));
	}

	private org.springframework.test.web.servlet.RequestBuilder centralResult(UUID product, String score, int stars,
			LocalDate on, String reference, String account) {
		return post("/api/v1/products/" + product + "/central-result").with(basic(account))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"score":%s,"proposedStars":%d,"evaluatedOn":"%s","minutesReference":"%s"}"""
						.formatted(score, stars, on, reference));
	}

	private static String text(ResultActions result) throws Exception {
		return CertificateReader.text(result.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray())
				.replaceAll("\\s+", " ").replaceAll("(\\d{2}-\\d{4}-) ", "$1");
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private static String id(ResultActions result) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
	}

	private static RequestPostProcessor admin() {
		return basic("admin");
	}

	private static RequestPostProcessor basic(String account) {
		return httpBasic(account, RegistryFixtures.PASSWORD);
	}

}
