package vn.ocop.criteria.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The scorecards page for the provincial office: the regulations with their product sets and scorecards, a draft
 * started for a set without one, written in the editor (htmx answers the problems and part totals on each change,
 * the whole editor on each button), published, shown and exported; the .xlsx template round-trips through the upload.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CriteriaPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	static RequestPostProcessor admin() {
		return user("admin").roles("PROVINCE_ADMIN");
	}

	@Test
	void shouldWriteAScorecardInTheEditorAndPublishIt() throws Exception {
		mvc.perform(get("/criteria").with(admin()))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("26/2026/QĐ-TTg"), containsString("26-2026-21"),
						containsString("Soạn bộ tiêu chí"), containsString("Soạn phiên bản mới"), containsString("có sẵn"))));
		mvc.perform(get("/criteria").with(user("council1").roles("COUNCIL_MEMBER")))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Soạn phiên bản mới"))));
		mvc.perform(post("/criteria/drafts").param("productSet", "26-2026-21").with(user("council1").roles("COUNCIL_MEMBER"))
				.with(csrf())).andExpect(status().isForbidden());

		String draft = mvc.perform(post("/criteria/drafts").param("productSet", "26-2026-21").with(admin()).with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrlPattern("/criteria/drafts/*"))
				.andReturn().getResponse().getRedirectedUrl();
		// the set already has a draft: the button opens it
		mvc.perform(post("/criteria/drafts").param("productSet", "26-2026-21").with(admin()).with(csrf()))
				.andExpect(redirectedUrl(draft));
		mvc.perform(get(draft).with(admin()))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Bản nháp bộ tiêu chí 26-2026-21"),
						containsString("Thiếu nhóm tiêu chí của phần A."), containsString("Còn 6 lỗi"))));

		// a button adds a group to part A (the whole editor comes back)
		Map<String, String> form = new LinkedHashMap<>();
		form.put("structure", "1");
		form.put("productSet.name", "Thủ công mỹ nghệ gia dụng, trang trí");
		form.put("disqualifiers", "Hồ sơ bị loại khi: Giả mạo hồ sơ\n");
		bands(form);
		part(form, 0, "A", "40");
		part(form, 1, "B", "25");
		part(form, 2, "C", "35");
		mvc.perform(htmx(draft, form).param("action", "add-group:0"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("id=\"draft-body\""), containsString("parts[0].groups[0].code"),
						not(containsString("<html")))));
		// typing: the criteria of every part, one with a wrong value; the answer is the problems and the part totals
		form.put("parts[0].groups[0].code", "A1");
		form.put("parts[0].groups[0].name", "Tổ chức sản xuất");
		criterion(form, "parts[0].groups[0].criteria[0]", "A1.1", "Nguồn nguyên liệu", "0", "40");
		group(form, 1, "B1", "Tiếp thị");
		criterion(form, "parts[1].groups[0].criteria[0]", "B1.1", "Kênh bán", "0", "25");
		group(form, 2, "C1", "Chất lượng");
		criterion(form, "parts[2].groups[0].criteria[0]", "C1.1", "Cảm quan", "0", "ba lăm");
		mvc.perform(htmx(draft, form))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("id=\"draft-check\""), not(containsString("parts[0].code")),
						containsString("Còn 2 lỗi"), containsString("Điểm của lựa chọn 2 (tiêu chí C1.1) phải là số nguyên."),
						containsString("Phần C ghi tối đa 35 điểm nhưng tổng điểm cao nhất của các tiêu chí là 0."))));
		// the same problems in English
		mvc.perform(get(draft).param("lang", "en").with(admin()))
				.andExpect(content().string(allOf(containsString("Draft scorecard 26-2026-21"),
						containsString("The points of option 2 (criterion C1.1) must be a whole number."),
						containsString("Part totals"))));
		mvc.perform(post(draft + "/publish").with(admin()).with(csrf()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Chưa ban hành được: còn 2 lỗi.")));
		// fixed, with a star marker on the best option of A1.1 (which makes the criterion mandatory)
		form.put("parts[2].groups[0].criteria[0].options[1].points", "35");
		form.put("parts[0].groups[0].criteria[0].options[1].minimumForStars", "4");
		mvc.perform(htmx(draft, form))
				.andExpect(content().string(allOf(containsString("Còn 1 lỗi"),
						containsString("Tiêu chí A1.1 có dấu sao tối thiểu nhưng không được đánh dấu là tiêu chí bắt buộc."))));
		form.put("parts[0].groups[0].criteria[0].mandatory", "true");
		mvc.perform(htmx(draft, form))
				.andExpect(content().string(containsString("Không còn lỗi: có thể ban hành.")));
		String published = mvc.perform(post(draft + "/publish").with(admin()).with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andReturn().getResponse().getRedirectedUrl();
		org.assertj.core.api.Assertions.assertThat(published).isEqualTo("/criteria/26-2026-21");
		mvc.perform(get(published).with(admin()))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("A1.1 Nguồn nguyên liệu"), containsString("soạn trong hệ thống"),
						containsString("Hồ sơ bị loại khi: Giả mạo hồ sơ"), containsString("yêu cầu tối thiểu cho 4 sao"),
						containsString("chưa dùng"), containsString("Soạn phiên bản mới"))));

		mvc.perform(get(published).param("lang", "en").with(admin()))
				.andExpect(content().string(allOf(containsString("Scorecard 26-2026-21"), containsString("written here"),
						containsString("minimum for 4 stars"), containsString("Write a new version"))));
		// its .xlsx export uploads again as the draft of version 2, unchanged
		byte[] xlsx = mvc.perform(get(published + "/export.xlsx").with(admin()))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		String second = mvc.perform(multipart("/criteria/upload").file(new MockMultipartFile("file", "26-2026-21.xlsx",
						"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx)).with(admin()).with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(second).with(admin()))
				.andExpect(content().string(allOf(containsString("(phiên bản 2)"), containsString("Không còn lỗi"),
						containsString("soạn từ 26-2026-21"))));
		mvc.perform(get(published + "/export.json").with(admin()))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("\"format\""), containsString("ocop-criteria/1"))));
		mvc.perform(post(second + "/discard").with(admin()).with(csrf())).andExpect(redirectedUrl("/criteria"));
		mvc.perform(get(second).with(admin())).andExpect(status().isNotFound());
	}

	@Test
	void shouldMakeABrokenFileADraftShowingEveryProblemWhereItIs() throws Exception {
		String shipped = new String(new org.springframework.core.io.ClassPathResource("criteria/26-2026-25-dong-vat-canh.json")
				.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
		// the first option of A1.1 loses its points, part C declares 36: four problems: one in a criterion, two in part C, the total
		String broken = shipped.replaceFirst("\"points\"\\s*:\\s*1(?=\\D)", "\"points\": \"một\"")
				.replaceFirst("(\"code\"\\s*:\\s*\"C\"[^}]*?\"maxPoints\"\\s*:\\s*)35", "$136");
		org.assertj.core.api.Assertions.assertThat(broken).contains("\"một\"").containsPattern("\"maxPoints\"\\s*:\\s*36");
		String draft = mvc.perform(multipart("/criteria/upload").file(new MockMultipartFile("file", "dong-vat-canh.json",
						"application/json", broken.getBytes(java.nio.charset.StandardCharsets.UTF_8))).with(admin()).with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrlPattern("/criteria/drafts/*"))
				.andReturn().getResponse().getRedirectedUrl();
		String page = mvc.perform(get(draft).with(admin()))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Bản nháp bộ tiêu chí 26-2026-25"), containsString("Còn 4 lỗi"))))
				.andReturn().getResponse().getContentAsString();
		// each problem is shown beside what it concerns: the option's points at criterion A1.1, the sum at part C
		org.assertj.core.api.Assertions.assertThat(between(page, "id=\"at-0-0-0\"", "</div>"))
				.contains("Điểm của lựa chọn 1 (tiêu chí A1.1) phải là số nguyên.");
		org.assertj.core.api.Assertions.assertThat(between(page, "id=\"at-2\"", "</div>"))
				.contains("Phần C ghi tối đa 36 điểm");
		org.assertj.core.api.Assertions.assertThat(between(page, "id=\"at-1\"", "</div>")).doesNotContain("<li");
		mvc.perform(post(draft + "/publish").with(admin()).with(csrf())).andExpect(status().isUnprocessableContent());
		// fixed in the editor: the answer clears the problem beside the criterion, out of band
		Map<String, String> form = formOf(page);
		form.put("parts[0].groups[0].criteria[0].options[0].points", "1");
		form.put("parts[2].maxPoints", "35");
		mvc.perform(htmx(draft, form))
				.andExpect(content().string(allOf(containsString("Không còn lỗi"), containsString("id=\"at-0-0-0\""),
						containsString("hx-swap-oob=\"true\""), not(containsString("phải là số nguyên")))));
		mvc.perform(post(draft + "/publish").with(admin()).with(csrf()))
				.andExpect(redirectedUrl("/criteria/26-2026-25.v2"));

		// a file that cannot be read is refused, with the reason, and no draft is made
		mvc.perform(multipart("/criteria/upload").file(new MockMultipartFile("file", "x.json", "application/json",
						"{\"parts\": [".getBytes())).with(admin()).with(csrf()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(allOf(containsString("Không đọc được tệp"), containsString("Tệp không phải JSON hợp lệ"))));
		mvc.perform(multipart("/criteria/upload").file(new MockMultipartFile("file", "x.xlsx",
						"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "not a workbook".getBytes()))
				.with(admin()).with(csrf()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Tệp không phải bảng tính .xlsx đọc được.")));
	}

	@Test
	void shouldShowABadInputBesideItsFieldAndChangeNothing() throws Exception {
		// a draft without a product set: asked for beside the set's list, no draft made
		mvc.perform(post("/criteria/drafts").param("productSet", " ").with(admin()).with(csrf()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(beside("productSet", "Hãy chọn một bộ sản phẩm.")));
		// an upload without a file: asked for beside the file field
		mvc.perform(multipart("/criteria/upload").param("productSet", "26-2026-13").with(admin()).with(csrf()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(beside("file", "Hãy chọn một tệp .xlsx hoặc .json.")));
		// an unreadable file: the reason beside the file, with the file's problems
		mvc.perform(multipart("/criteria/upload").file(new MockMultipartFile("file", "x.json", "application/json",
						"{\"parts\": [".getBytes())).param("productSet", "26-2026-13").with(admin()).with(csrf()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(beside("file", "Không đọc được tệp")));
		mvc.perform(get("/criteria/upload").with(admin()))
				.andExpect(content().string(allOf(containsString("value=\"26-2026-13\""), not(containsString("is-invalid")))));
	}

	/** The page shows the error beside the field: in the field's own error element. */
	static org.hamcrest.Matcher<String> beside(String field, String text) {
		return org.hamcrest.Matchers.matchesPattern("(?s).*id=\"" + java.util.regex.Pattern.quote(field)
				+ "-error\"[^>]*>\\s*(<[^>]*>\\s*)?[^<]*" + java.util.regex.Pattern.quote(text) + ".*");
	}

	@Test
	void shouldEditTheCasesOfAOneOfTwoCasesCriterionAndKeepThemThroughPublishAndExport() throws Exception {
		String draft = mvc.perform(post("/criteria/drafts").param("productSet", "26-2026-17").with(admin()).with(csrf()))
				.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("structure", "1");
		form.put("productSet.name", "Sản phẩm thử");
		bands(form);
		part(form, 0, "A", "40");
		part(form, 1, "B", "25");
		part(form, 2, "C", "35");
		group(form, 0, "A1", "Tổ chức sản xuất");
		// A1.1 "one of two cases": options 1-2 for enterprises, 3-4 for household businesses
		criterion(form, "parts[0].groups[0].criteria[0]", "A1.1", "Loại hình tổ chức", "0", "40");
		form.put("parts[0].groups[0].criteria[0].options[2].code", "3");
		form.put("parts[0].groups[0].criteria[0].options[2].text", "Hộ kinh doanh chưa đạt");
		form.put("parts[0].groups[0].criteria[0].options[2].points", "0");
		form.put("parts[0].groups[0].criteria[0].options[3].code", "4");
		form.put("parts[0].groups[0].criteria[0].options[3].text", "Hộ kinh doanh đạt");
		form.put("parts[0].groups[0].criteria[0].options[3].points", "40");
		group(form, 1, "B1", "Tiếp thị");
		criterion(form, "parts[1].groups[0].criteria[0]", "B1.1", "Kênh bán", "0", "25");
		group(form, 2, "C1", "Chất lượng");
		criterion(form, "parts[2].groups[0].criteria[0]", "C1.1", "Cảm quan", "0", "35");
		mvc.perform(htmx(draft, form).param("action", "add-case:0.0.0")).andExpect(status().isOk());
		// the browser sends the fields of the case it now shows
		form.put("parts[0].groups[0].criteria[0].cases[0].name", "");
		form.put("parts[0].groups[0].criteria[0].cases[0].options", "");
		String body = mvc.perform(htmx(draft, form).param("action", "add-case:0.0.0"))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		org.assertj.core.api.Assertions.assertThat(body).contains("parts[0].groups[0].criteria[0].cases[1].name")
				.contains("Trường hợp 2");
		form.put("parts[0].groups[0].criteria[0].cases[0].name", "Doanh nghiệp, HTX, tổ hợp tác");
		form.put("parts[0].groups[0].criteria[0].cases[0].options", "1, 2");
		form.put("parts[0].groups[0].criteria[0].cases[1].name", "Hộ kinh doanh");
		form.put("parts[0].groups[0].criteria[0].cases[1].options", "3, 5");
		mvc.perform(htmx(draft, form))
				.andExpect(content().string(allOf(containsString("Còn 1 lỗi"),
						containsString("Tiêu chí A1.1: phương án 5 của một trường hợp không có trong tiêu chí"))));
		form.put("parts[0].groups[0].criteria[0].cases[1].options", "3 4");
		mvc.perform(htmx(draft, form)).andExpect(content().string(containsString("Không còn lỗi")));
		// the editor shows them again as saved
		String page = mvc.perform(get(draft).with(admin())).andReturn().getResponse().getContentAsString();
		Map<String, String> shown = formOf(page);
		org.assertj.core.api.Assertions.assertThat(shown)
				.containsEntry("parts[0].groups[0].criteria[0].cases[0].name", "Doanh nghiệp, HTX, tổ hợp tác")
				.containsEntry("parts[0].groups[0].criteria[0].cases[0].options", "1, 2")
				.containsEntry("parts[0].groups[0].criteria[0].cases[1].options", "3, 4");
		// saving the form as shown keeps them (a save without the case fields used to drop them)
		mvc.perform(htmx(draft, shown)).andExpect(content().string(containsString("Không còn lỗi")));
		mvc.perform(post(draft + "/publish").with(admin()).with(csrf())).andExpect(redirectedUrl("/criteria/26-2026-17"));
		mvc.perform(get("/api/v1/criteria-sets/26-2026-17").with(admin()))
				.andExpect(jsonPath("$.parts[0].groups[0].criteria[0].cases[0].label").value("Doanh nghiệp, HTX, tổ hợp tác"))
				.andExpect(jsonPath("$.parts[0].groups[0].criteria[0].cases[1].optionCodes[0]").value(3))
				.andExpect(jsonPath("$.parts[0].groups[0].criteria[0].cases[1].optionCodes[1]").value(4));
		String json = mvc.perform(get("/criteria/26-2026-17/export.json").with(admin()))
				.andExpect(content().string(containsString("\"cases\""))).andReturn().getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		// the .xlsx export carries the cases in its Case column and uploads again unchanged
		byte[] xlsx = mvc.perform(get("/criteria/26-2026-17/export.xlsx").with(admin()))
				.andReturn().getResponse().getContentAsByteArray();
		String again = mvc.perform(multipart("/api/v1/criteria-sets/drafts").file(new MockMultipartFile("file",
						"26-2026-17.xlsx", "application/octet-stream", xlsx)).with(admin()))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.check.publishable").value(true))
				.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		var mapper = tools.jackson.databind.json.JsonMapper.builder().build();
		org.assertj.core.api.Assertions.assertThat(mapper.readTree(again).get("document")).isEqualTo(mapper.readTree(json));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.delete("/api/v1/criteria-sets/drafts/" + mapper.readTree(again).get("id").asString()).with(admin()))
				.andExpect(status().isNoContent());
	}

	/** The text from the first occurrence of {@code from} to the next {@code to}. */
	static String between(String page, String from, String to) {
		int start = page.indexOf(from);
		org.assertj.core.api.Assertions.assertThat(start).as(from).isGreaterThanOrEqualTo(0);
		return page.substring(start, page.indexOf(to, start));
	}

	/** The editor form's fields as the browser would send them (inputs, selects' chosen options, textareas). */
	static Map<String, String> formOf(String page) {
		Map<String, String> form = new LinkedHashMap<>();
		String editor = page.substring(page.indexOf("id=\"draft-form\""), page.indexOf("</form>", page.indexOf("id=\"draft-form\"")));
		var inputs = java.util.regex.Pattern.compile("<input([^>]*)>").matcher(editor);
		while (inputs.find()) {
			String attrs = inputs.group(1);
			String name = attr(attrs, "name");
			if (name == null || attrs.contains("type=\"checkbox\"") && !attrs.contains("checked")) {
				continue;
			}
			String value = attr(attrs, "value");
			form.put(name, value == null ? "" : org.springframework.web.util.HtmlUtils.htmlUnescape(value));
		}
		var selects = java.util.regex.Pattern.compile("(?s)<select([^>]*)>(.*?)</select>").matcher(editor);
		while (selects.find()) {
			String name = attr(selects.group(1), "name");
			var chosen = java.util.regex.Pattern.compile("<option([^>]*selected[^>]*)>").matcher(selects.group(2));
			if (name != null) {
				form.put(name, chosen.find() && attr(chosen.group(1), "value") != null ? attr(chosen.group(1), "value") : "");
			}
		}
		var areas = java.util.regex.Pattern.compile("(?s)<textarea([^>]*)>(.*?)</textarea>").matcher(editor);
		while (areas.find()) {
			String name = attr(areas.group(1), "name");
			if (name != null) {
				form.put(name, org.springframework.web.util.HtmlUtils.htmlUnescape(areas.group(2)));
			}
		}
		return form;
	}

	private static @org.jspecify.annotations.Nullable String attr(String attrs, String name) {
		var m = java.util.regex.Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(attrs);
		return m.find() ? m.group(1) : null;
	}

	private MockHttpServletRequestBuilder htmx(String draft, Map<String, String> form) {
		var request = post(draft).with(admin()).with(csrf()).header("HX-Request", "true");
		form.forEach(request::param);
		return request;
	}

	private static void bands(Map<String, String> form) {
		int[][] bands = { { 5, 90 }, { 4, 70 }, { 3, 50 }, { 2, 30 }, { 1, 0 } };
		for (int i = 0; i < bands.length; i++) {
			form.put("starBands[" + i + "].stars", String.valueOf(bands[i][0]));
			form.put("starBands[" + i + "].minScore", String.valueOf(bands[i][1]));
		}
	}

	private static void part(Map<String, String> form, int index, String code, String max) {
		form.put("parts[" + index + "].code", code);
		form.put("parts[" + index + "].name", "Phần " + code);
		form.put("parts[" + index + "].maxPoints", max);
	}

	private static void group(Map<String, String> form, int part, String code, String name) {
		form.put("parts[" + part + "].groups[0].code", code);
		form.put("parts[" + part + "].groups[0].name", name);
	}

	private static void criterion(Map<String, String> form, String path, String code, String name, String low, String high) {
		form.put(path + ".code", code);
		form.put(path + ".name", name);
		form.put(path + ".options[0].code", "1");
		form.put(path + ".options[0].text", "Chưa đạt");
		form.put(path + ".options[0].points", low);
		form.put(path + ".options[1].code", "2");
		form.put(path + ".options[1].text", "Đạt");
		form.put(path + ".options[1].points", high);
	}
}
