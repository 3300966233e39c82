package vn.ocop.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.ocop.criteria.CriteriaApi;
import vn.ocop.criteria.Scorecard;
import vn.ocop.support.RegistryFixtures;

/**
 * The evaluation pages end to end with the demo council accounts: setting up a council, opening a session, scoring
 * with htmx saves, conflicts and re-scoring, the live progress fragment, closing, the results, the minutes PDF, the
 * producer's result page and the scorecard pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class EvaluationPagesIntegrationTests {

	static final String DUC_LINH = "18322";

	@Autowired
	MockMvc mvc;

	@Autowired
	CriteriaApi criteria;

	static RequestPostProcessor admin() {
		return user("admin").roles("PROVINCE_ADMIN");
	}

	static RequestPostProcessor member(String username) {
		return user(username).roles("COUNCIL_MEMBER");
	}

	@Test
	void shouldSetUpACouncilAndNameAnAccountWithoutTheCouncilRole() throws Exception {
		mvc.perform(get("/evaluation/councils/new").with(admin()))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Thành lập hội đồng"), containsString("council1"),
						containsString("name=\"members[0].username\""))));
		String name = "Hội đồng thử " + suffix();
		mvc.perform(councilPost(name, Map.of("council1", "CHAIR", "district", "MEMBER", "council3", "SECRETARY")))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Tài khoản district chưa có vai trò thành viên hội đồng đánh giá.")));
		mvc.perform(councilPost(name, Map.of("council1", "CHAIR", "khong-co-ai", "MEMBER")))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Không có tài khoản khong-co-ai.")));
		// a council member may not set up councils
		mvc.perform(get("/evaluation/councils/new").with(member("council2"))).andExpect(status().isForbidden());

		UUID council = createCouncil(name, Map.of("council1", "CHAIR", "council2", "MEMBER", "council3", "SECRETARY"));
		mvc.perform(get("/evaluation/councils/" + council).with(member("council2")))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString(name), containsString("Phạm Quang Đức"),
						containsString("Thư ký"), containsString("không chấm điểm"))));
		mvc.perform(get("/evaluation").with(admin()))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString(name), containsString("Thành lập hội đồng"),
						containsString("Mở phiên đánh giá"), containsString("/criteria"))));
		mvc.perform(get("/evaluation").param("lang", "en").with(admin()))
				.andExpect(content().string(allOf(containsString("Product evaluation and star ranking"),
						containsString("Set up a council"))));
	}

	@Test
	void shouldTakeASessionFromOpeningThroughScoringToResultsAndMinutes() throws Exception {
		String suffix = suffix();
		var fixtures = new RegistryFixtures(mvc);
		String producerAccount = account("chuthe" + suffix, "Nguyễn Văn Cam", "PRODUCER", DUC_LINH);
		UUID producerId = fixtures.producer("HTX Cam Đức Lĩnh " + suffix, DUC_LINH, producerAccount);
		String orangeName = "Cam bù Đức Lĩnh " + suffix;
		String pomeloName = "Bưởi đỏ Đức Lĩnh " + suffix;
		UUID orange = fixtures.submittedProduct(producerId, orangeName, DUC_LINH);
		UUID pomelo = fixtures.submittedProduct(producerId, pomeloName, DUC_LINH);
		String secretary = account("thuky" + suffix, "Trần Thị Thư Ký", "COUNCIL_MEMBER", "42");
		String councilName = "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Hà Tĩnh " + suffix;
		Map<String, String> members = new LinkedHashMap<>();
		members.put("council1", "CHAIR");
		members.put("council2", "STANDING_VICE_CHAIR");
		members.put("council3", "MEMBER");
		members.put("council4", "MEMBER");
		members.put("council5", "EXPERT");
		members.put(secretary, "SECRETARY");
		UUID council = createCouncil(councilName, members);

		// the chair opens a session from the page listing the submitted products of the area
		mvc.perform(get("/evaluation/councils/" + council + "/sessions/new").with(member("council1")))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString(orangeName), containsString(pomeloName),
						containsString("value=\"" + orange + "\""))));
		mvc.perform(get("/evaluation/councils/" + council + "/sessions/new").with(member("council2")))
				.andExpect(status().isForbidden());
		mvc.perform(post("/evaluation/councils/" + council + "/sessions").with(member("council1")).with(csrf()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Cần chọn ít nhất một sản phẩm.")));
		String location = mvc.perform(post("/evaluation/councils/" + council + "/sessions").with(member("council1")).with(csrf())
						.param("productIds", orange.toString(), pomelo.toString()))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrlPattern("/evaluation/sessions/*"))
				.andReturn().getResponse().getRedirectedUrl();
		UUID session = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		String sessionUrl = "/evaluation/sessions/" + session;
		String orangeUrl = sessionUrl + "/products/" + orange;
		String pomeloUrl = sessionUrl + "/products/" + pomelo;

		// a member sees the products with their own state
		mvc.perform(get(sessionUrl).with(member("council2")))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Sản phẩm tôi chấm"), containsString(orangeName),
						containsString("Chưa chấm"), not(containsString("Tiến độ chấm điểm")))));

		// the scoring page: the dossier beside the scorecard
		mvc.perform(get(orangeUrl).with(member("council2")))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString(orangeName), containsString("Hồ sơ sản phẩm"),
						containsString("/registry/products/" + orange + "/documents/"), containsString("BUSINESS_PLAN.pdf"),
						containsString("A1.1 Nguồn nguyên liệu"), containsString("name=\"pick.A1.1\""),
						containsString("hx-post=\"" + orangeUrl + "/picks\""), containsString("Tổng: 0/100"))));

		// an htmx pick answers the status fragment with the running total; a refused one, 422 (htmx swaps it in)
		mvc.perform(htmx(post(orangeUrl + "/picks")).with(member("council2")).with(csrf())
						.param("criterion", "A1.1").param("option", "3"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Tổng: 3/100"), containsString("Đã lưu lúc"),
						containsString("Còn 23 tiêu chí chưa chấm"), containsString("href=\"#crit-A1.2\""),
						containsString("id=\"part-total-A\""), not(containsString("<html")))));
		mvc.perform(htmx(post(orangeUrl + "/picks")).with(member("council2")).with(csrf())
						.param("criterion", "A1.1").param("option", "9"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(allOf(containsString("A1.1=9"), containsString("Tổng: 3/100"))));

		// submitting with unanswered criteria names them
		mvc.perform(post(orangeUrl + "/submit").with(member("council2")).with(csrf()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(allOf(containsString("Chưa nộp được phiếu chấm"),
						containsString("Còn 23 tiêu chí chưa chấm"), containsString("href=\"#crit-C5.1\""),
						not(containsString("href=\"#crit-C6.1\"")))));

		// the chair cannot close a session nobody scored
		mvc.perform(post(sessionUrl + "/close").with(member("council1")).with(csrf()))
				.andExpect(status().isConflict())
				.andExpect(content().string(allOf(containsString("Chưa thể kết thúc phiên"), containsString(orangeName))));

		// four of five scoring members score both products through the page; the expert declares a conflict on the pomelo
		Scorecard scorecard = criteria.scorecard("1048-01").orElseThrow();
		int[] orangeTotals = { 62, 64, 60, 66 };
		int[] pomeloTotals = { 95, 90, 78, 92 };
		for (int i = 0; i < 4; i++) {
			String username = "council" + (i + 1);
			submit(orangeUrl, username, picksFor(scorecard, orangeTotals[i]));
			submit(pomeloUrl, username, picksFor(scorecard, pomeloTotals[i]));
		}
		mvc.perform(post(pomeloUrl + "/conflict").with(member("council5")).with(csrf()).param("reason", ""))
				.andExpect(status().isUnprocessableContent());
		mvc.perform(post(pomeloUrl + "/conflict").with(member("council5")).with(csrf())
						.param("reason", "Em ruột của giám đốc hợp tác xã"))
				.andExpect(status().is3xxRedirection());
		mvc.perform(get(pomeloUrl).with(member("council5")))
				.andExpect(content().string(allOf(containsString("Bạn đã khai báo xung đột lợi ích"),
						not(containsString("hx-post=")))));
		mvc.perform(get(orangeUrl).with(member("council1")))
				.andExpect(content().string(allOf(containsString("Đã nộp phiếu lúc"), containsString("Tổng: 62/100"),
						containsString("disabled"), not(containsString("hx-post=")))));

		// the live progress fragment: a matrix without the layout, the divergence flagged
		mvc.perform(htmx(get(sessionUrl)).with(member("council1")))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Tiến độ chấm điểm"), containsString("hx-trigger=\"every 5s\""),
						containsString("Chênh lệch quá ngưỡng"), containsString("Xung đột lợi ích"), containsString("63,00"),
						not(containsString("<html")))));
		mvc.perform(get(sessionUrl).with(user(secretary).roles("COUNCIL_MEMBER")))
				.andExpect(content().string(allOf(containsString("Tiến độ chấm điểm"), containsString("Kết thúc phiên"),
						not(containsString("Sản phẩm tôi chấm")))));

		// the divergent pomelo: a member re-scores from the previous picks and submits again
		mvc.perform(get(pomeloUrl).with(member("council3")))
				.andExpect(content().string(allOf(containsString("Chấm lại"), containsString("chênh lệch quá ngưỡng"))));
		mvc.perform(post(pomeloUrl + "/rescore").with(member("council3")).with(csrf()))
				.andExpect(status().is3xxRedirection());
		mvc.perform(get(pomeloUrl).with(member("council3")))
				.andExpect(content().string(allOf(containsString("Tổng: 78/100"), containsString("Đã chấm đủ 31 tiêu chí"))));
		submit(pomeloUrl, "council3", picksFor(scorecard, 88));

		// presence is recorded by the secretary, not inferred from who scored
		mvc.perform(post(sessionUrl + "/close").with(member("council1")).with(csrf()))
				.andExpect(status().isConflict())
				.andExpect(content().string(containsString("Chưa điểm danh thành viên")));
		var attendance = post(sessionUrl + "/attendance").with(user(secretary).roles("COUNCIL_MEMBER")).with(csrf());
		for (String username : members.keySet()) {
			attendance.param("status." + username, "PRESENT");
		}
		mvc.perform(attendance).andExpect(status().is3xxRedirection());
		// every member present scores each product or declares a conflict: the expert still has the orange to score
		mvc.perform(post(sessionUrl + "/close").with(member("council1")).with(csrf()))
				.andExpect(status().isConflict())
				.andExpect(content().string(containsString(orangeName + " (council5)")));
		submit(orangeUrl, "council5", picksFor(scorecard, 63));
		mvc.perform(get(sessionUrl).with(user(secretary).roles("COUNCIL_MEMBER")))
				.andExpect(content().string(allOf(containsString("Có mặt 5/5 thành viên chấm điểm"),
						containsString("Đủ số lượng theo quy chế"))));

		// the chair closes; the results show score, stars and outcome
		mvc.perform(post(sessionUrl + "/close").with(member("council1")).with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl(sessionUrl));
		mvc.perform(get(sessionUrl).with(member("council1")))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Kết quả đánh giá, phân hạng"), containsString(orangeName),
						containsString("63,00"), containsString("★★★☆☆"), containsString("Đạt hạng"),
						containsString("91,25"), containsString("★★★★★"), containsString("Chuyển Trung ương đánh giá"),
						containsString("lần 2"), containsString("minutes.pdf"))));
		mvc.perform(htmx(get(sessionUrl)).with(member("council1")))
				.andExpect(header().string("HX-Refresh", "true"));

		// the minutes as PDF, with the Vietnamese text intact
		byte[] pdf = mvc.perform(get(sessionUrl + "/minutes.pdf").with(member("council2")))
				.andExpect(status().isOk())
				.andExpect(content().contentType(MediaType.APPLICATION_PDF))
				.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
					"BIÊN BẢN HỌP HỘI ĐỒNG ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP", councilName, orangeName, pomeloName,
					"Phạm Quang Đức", "Trần Thị Thư Ký", "Em ruột của giám đốc hợp tác xã", "63,00", "91,25",
					"CHỦ TỊCH HỘI ĐỒNG", "THƯ KÝ");
		}

		// the producer's page: parts, groups and the gap to the next star
		mvc.perform(get("/evaluation").with(user(producerAccount).roles("PRODUCER")))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString(orangeName), containsString("/evaluation/products/" + orange))));
		mvc.perform(get("/evaluation/products/" + orange).with(user(producerAccount).roles("PRODUCER")))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString(orangeName), containsString("Phần A."),
						containsString("Phần B."), containsString("Phần C."), containsString("A1 Tổ chức sản xuất"),
						containsString("63,00"), containsString("Còn 7,00 điểm để đạt 4 sao"), containsString("Cấp tỉnh"))));
		mvc.perform(get("/evaluation/products/" + orange).with(user("producer").roles("PRODUCER")))
				.andExpect(status().isForbidden());
	}

	@Test
	void shouldShowTheScorecardsAndKeepAMalformedUploadAsADraftNamingEveryProblem() throws Exception {
		mvc.perform(get("/criteria").with(member("council1")))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("1048-01"), containsString("Rau, củ, quả, hạt tươi"))));
		mvc.perform(get("/criteria/1048-01").with(member("council1")))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("A1.1 Nguồn nguyên liệu"), containsString("Xếp hạng sao"),
						containsString("từ 90 điểm"))));
		mvc.perform(get("/criteria/9999-99").with(member("council1"))).andExpect(status().isNotFound());
		mvc.perform(get("/criteria/upload").with(member("council1"))).andExpect(status().isForbidden());
		String malformed = """
				{"format":"ocop-criteria/1",
				 "regulation":{"code":"1048/QĐ-TTg"},
				 "productSet":{"code":"1048-26","name":"Thử"},
				 "parts":[{"code":"A","name":"A","maxPoints":35,"groups":[{"code":"A1","name":"G","criteria":[
				   {"code":"A1.1","name":"X","options":[{"code":1,"text":"t","points":1}]},
				   {"code":"A1.1","name":"Y","options":[]}]}]}],
				 "starBands":[{"stars":5,"minScore":90}]}""";
		// a file that breaks the format's rules is kept as a draft that names every problem, to be put right in the editor
		String draft = mvc.perform(multipart("/criteria/upload").file(new MockMultipartFile("file", "sai.json",
						"application/json", malformed.getBytes(StandardCharsets.UTF_8))).with(admin()).with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrlPattern("/criteria/drafts/*"))
				.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(draft).with(admin()))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Mã tiêu chí A1.1 bị lặp."),
						containsString("không có lựa chọn nào"))));
	}

	@Test
	void shouldShowABadInputBesideItsFieldAndChangeNothing() throws Exception {
		String suffix = suffix();
		var fixtures = new RegistryFixtures(mvc);
		String producerAccount = account("chuthe" + suffix, "Lê Văn Bưởi", "PRODUCER", DUC_LINH);
		UUID producerId = fixtures.producer("HTX Bưởi Đức Lĩnh " + suffix, DUC_LINH, producerAccount);
		UUID pomelo = fixtures.submittedProduct(producerId, "Bưởi Phúc Trạch " + suffix, DUC_LINH);
		Map<String, String> members = new LinkedHashMap<>();
		members.put("council1", "CHAIR");
		members.put("council2", "MEMBER");
		members.put("council3", "MEMBER");
		UUID council = createCouncil("Hội đồng thử biểu mẫu " + suffix, members);
		String councilUrl = "/evaluation/councils/" + council;

		// the council's rules: a quorum out of bounds is named beside its field, the rules in force stay
		mvc.perform(post(councilUrl + "/rules").with(admin()).with(csrf()).param("quorumPercent", "30")
						.param("spreadThreshold", "10").param("maxRescorings", "1").param("chairRequired", "true"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(beside("quorumPercent", "phải từ 50 đến 100% (đang là 30)")));
		mvc.perform(post(councilUrl + "/rules").with(admin()).with(csrf()).param("quorumPercent", "nhiều")
						.param("spreadThreshold", "10").param("maxRescorings", "1"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(beside("quorumPercent", "phải là một số nguyên")));
		mvc.perform(get(councilUrl).with(admin()))
				.andExpect(content().string(allOf(containsString("value=\"75\""), not(containsString("is-invalid")))));

		// the agenda: a product that is no product is named beside the list, no session opens
		mvc.perform(post(councilUrl + "/sessions").with(member("council1")).with(csrf()).param("productIds", "cam"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(beside("productIds", "có sản phẩm không hợp lệ")));
		mvc.perform(get(councilUrl).with(admin()))
				.andExpect(content().string(not(containsString("href=\"/evaluation/sessions/"))));

		// a conflict without a reason: the reason is asked for beside its field, nothing is declared
		String location = mvc.perform(post(councilUrl + "/sessions").with(member("council1")).with(csrf())
						.param("productIds", pomelo.toString()))
				.andExpect(status().is3xxRedirection())
				.andReturn().getResponse().getRedirectedUrl();
		String pomeloUrl = location + "/products/" + pomelo;
		mvc.perform(post(pomeloUrl + "/conflict").with(member("council2")).with(csrf()).param("reason", " "))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(allOf(beside("reason", "lý do"), containsString("<details class=\"card mb-3\" open"))));
		// a pick that is no option is refused on the scoring form; nothing is saved
		mvc.perform(post(pomeloUrl + "/picks").with(member("council2")).with(csrf()).param("pick.A1.1", "ba"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("A1.1=ba")));
		mvc.perform(get(pomeloUrl).with(member("council2")))
				.andExpect(content().string(allOf(containsString("Tổng: 0/100"), not(containsString("Bạn đã khai báo xung đột lợi ích")))));

		// the council's procedure: disqualifying without a reason is refused at that product's form, nothing recorded
		mvc.perform(post(pomeloUrl + "/disqualifiers").with(member("council1")).with(csrf())
						.param("disqualified", "true").param("reason", " "))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(beside("reason", "Cần ghi rõ lý do loại hồ sơ.")));
		mvc.perform(get(location).with(member("council1")))
				.andExpect(content().string(allOf(containsString("Bưởi Phúc Trạch " + suffix), not(containsString("Hồ sơ bị loại:")),
						not(containsString("reason-error")))));
	}

	/** The page shows the error beside the field: in the field's own error element. */
	static org.hamcrest.Matcher<String> beside(String field, String text) {
		return org.hamcrest.Matchers.matchesPattern("(?s).*id=\"" + java.util.regex.Pattern.quote(field)
				+ "-error\"[^>]*>[^<]*" + java.util.regex.Pattern.quote(text) + ".*");
	}

	// ------------------------------------------------------------------ helpers

	private MockHttpServletRequestBuilder councilPost(String name, Map<String, String> members) {
		var request = post("/evaluation/councils/new").with(admin()).with(csrf())
				.param("level", "PROVINCE").param("unitCode", "42").param("year", "2019").param("name", name);
		int i = 0;
		for (var member : members.entrySet()) {
			request.param("members[" + i + "].username", member.getKey()).param("members[" + i + "].role", member.getValue());
			i++;
		}
		return request.param("members[" + i + "].username", "").param("members[" + i + "].role", "MEMBER");
	}

	private UUID createCouncil(String name, Map<String, String> members) throws Exception {
		String location = mvc.perform(councilPost(name, members))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrlPattern("/evaluation/councils/*"))
				.andReturn().getResponse().getRedirectedUrl();
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	/** Submits a whole scorecard through the page, as the browser's form does without JavaScript. */
	private void submit(String productUrl, String username, Map<String, Integer> picks) throws Exception {
		var request = post(productUrl + "/submit").with(member(username)).with(csrf());
		picks.forEach((criterion, option) -> request.param("pick." + criterion, String.valueOf(option)));
		mvc.perform(request).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(productUrl));
	}

	private String account(String username, String displayName, String role, String unitCode) throws Exception {
		mvc.perform(post("/api/v1/users").with(httpBasic("admin", RegistryFixtures.PASSWORD))
						.contentType(MediaType.APPLICATION_JSON)
						.content("""
								{"username":"%s","displayName":"%s","password":"mat-khau-thu","roles":["%s"],"unitCode":"%s"}"""
								.formatted(username, displayName, role, unitCode)))
				.andExpect(status().isCreated());
		return username;
	}

	private static MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request) {
		return request.header("HX-Request", "true");
	}

	private static String suffix() {
		return String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
	}

	/**
	 * Picks that add up to exactly {@code total}: the best option everywhere, then, criterion by criterion, the
	 * option that takes off as much of the remaining difference as possible.
	 */
	static Map<String, Integer> picksFor(Scorecard scorecard, int total) {
		Map<String, Integer> picks = new LinkedHashMap<>();
		int remaining = scorecard.maxPoints() - total;
		List<Scorecard.Criterion> all = scorecard.criteria().toList();
		for (Scorecard.Criterion criterion : all) {
			int max = criterion.maxPoints();
			List<Scorecard.Option> offered = criterion.optionsOfCase(1);
			Scorecard.Option chosen = offered.stream().filter(o -> o.points() == max).findFirst().orElseThrow();
			for (Scorecard.Option option : offered) {
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
}
