package vn.ocop.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import vn.ocop.identity.People;

/**
 * People are shown by their full name, never by the bare username (issue 16 item 6): the pages of evaluation,
 * inspection, monthly reports, content and the registry with the demo data, and the identity module's lookup they
 * all go through.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PeopleByNameTests {

	/** The demo accounts' full names, as in {@code DemoData.ACCOUNTS}. */
	static final Map<String, String> DEMO = Map.of(
			"admin", "Văn phòng điều phối OCOP tỉnh Hà Tĩnh",
			"district", "Nguyễn Thị Hà (Phòng NN&PTNT huyện Vũ Quang)",
			"council1", "Phạm Quang Đức (Chủ tịch Hội đồng)",
			"producer", "HTX Cam Vũ Quang (Nguyễn Văn Cam)",
			"inspector", "Ngô Văn Kiểm (Chi cục Quản lý chất lượng)",
			"editor", "Đỗ Thị Biên (Cổng thông tin OCOP)");

	static final List<String> USERNAMES = List.of("admin", "district", "district-hs", "commune", "council1",
			"council2", "council3", "council4", "council5", "producer", "producer-hs", "inspector", "editor");

	static final Pattern INSPECTION = Pattern.compile("/monitoring/inspections/[0-9a-f-]{36}");
	static final Pattern REPORT = Pattern.compile("/monitoring/reports/[0-9a-f-]{36}");
	static final Pattern SESSION = Pattern.compile("/evaluation/sessions/[0-9a-f-]{36}");
	static final Pattern TASK = Pattern.compile("/programme/tasks/[0-9a-f-]{36}");
	static final Pattern TRAINING = Pattern.compile("/programme/trainings/[0-9a-f-]{36}");
	static final Pattern PRODUCT = Pattern.compile("/registry/products/[0-9a-f-]{36}");

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Test
	void shouldLookUpNamesAtOnceAndFindAccountsByPartOfTheirNameWithoutDiacritics() {
		assertThat(people.names(List.of("admin", "INSPECTOR", "system", "no-such-account")))
				.containsEntry("admin", DEMO.get("admin"))
				.containsEntry("INSPECTOR", DEMO.get("inspector"))
				.doesNotContainKeys("system", "no-such-account");
		assertThat(people.name("editor")).isEqualTo(DEMO.get("editor"));
		LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
		try {
			assertThat(people.name("system")).isEqualTo("Hệ thống");
			assertThat(people.name("a-demo-job")).isEqualTo("Hệ thống");
			assertThat(people.name("anonymous")).isEqualTo("Khách chưa đăng nhập");
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
		assertThat(people.name(null)).isEmpty();
		assertThat(people.usernamesMatching("thi ha")).contains("district").doesNotContain("admin");
		assertThat(people.usernamesMatching("NGÔ VĂN")).containsExactly("inspector");
		assertThat(people.usernamesMatching("council")).contains("council1", "council5");
		assertThat(people.usernamesMatching("  ")).isEmpty();
	}

	@Test
	void shouldNameTheInspectorOnTheInspectionPages() throws Exception {
		Document list = page("/monitoring/inspections", "admin", "PROVINCE_ADMIN");
		assertNamed(list, "inspector");
		Document inspection = page(link(list, INSPECTION), "admin", "PROVINCE_ADMIN");
		assertNamed(inspection, "inspector");
	}

	@Test
	void shouldNameWhoSubmittedAMonthlyReport() throws Exception {
		Document mine = page("/monitoring/reports/mine", "producer", "PRODUCER");
		Document report = page(link(mine, REPORT), "producer", "PRODUCER");
		// the demo's reports are entered by the provincial office; other tests may have the producer submit one
		assertThat(report.text()).as("who submitted, by name, on %s", report.location())
				.containsAnyOf(DEMO.get("admin"), DEMO.get("producer"));
		assertNoUsername(report);
	}

	@Test
	void shouldNameTheAuthorsOnTheContentDesk() throws Exception {
		assertNamed(page("/content", "editor", "EDITOR"), "editor");
	}

	@Test
	void shouldNameTheCouncilMembersOnASessionPage() throws Exception {
		Document index = page("/evaluation", "admin", "PROVINCE_ADMIN");
		Document session = page(link(index, SESSION), "admin", "PROVINCE_ADMIN");
		assertNamed(session, "council1");
	}

	@Test
	void shouldNamePeopleOnAProductPage() throws Exception {
		Document products = page("/registry/products", "admin", "PROVINCE_ADMIN");
		Document product = page(link(products, PRODUCT), "admin", "PROVINCE_ADMIN");
		assertThat(DEMO.values().stream().anyMatch(product.text()::contains)).as("a demo person's name on %s",
				product.location()).isTrue();
		assertNoUsername(product);
	}

	@Test
	void shouldNameTheLeadAccountAndTheAuthorsOfATask() throws Exception {
		Document plan = page("/programme/plans/2019", "admin", "PROVINCE_ADMIN");
		String task = plan.select("tr").stream().filter(row -> row.text().contains("1.2 (huyện)"))
				.flatMap(row -> row.select("a[href]").stream()).map(a -> a.attr("href"))
				.filter(h -> TASK.matcher(h).matches()).findFirst()
				.orElseThrow(() -> new AssertionError("no task 1.2 (huyện) on the 2019 plan"));
		assertNamed(page(task, "admin", "PROVINCE_ADMIN"), "district");
	}

	@Test
	void shouldNameTheParticipantsOfATrainingOnce() throws Exception {
		Document trainings = page("/programme/trainings", "admin", "PROVINCE_ADMIN");
		List<String> links = trainings.select("a[href]").stream().map(a -> a.attr("href"))
				.filter(h -> TRAINING.matcher(h).matches()).distinct().toList();
		assertThat(links).isNotEmpty();
		for (String training : links) {
			assertNoUsername(page(training, "admin", "PROVINCE_ADMIN"));
		}
	}

	/** The page shows the person's full name and no demo account's username. */
	void assertNamed(Document page, String username) {
		assertThat(page.text()).as("the name of %s on %s", username, page.location()).contains(DEMO.get(username));
		assertNoUsername(page);
	}

	static void assertNoUsername(Document page) {
		page.select("script, style, template, noscript, code, kbd, samp").remove();
		String text = page.text();
		for (String username : USERNAMES) {
			assertThat(Pattern.compile("(?<![\\p{L}\\p{N}_\\-/.@])" + Pattern.quote(username)
					+ "(?![\\p{L}\\p{N}_\\-/.@])").matcher(text).find())
					.as("the username %s on %s: %s", username, page.location(), text).isFalse();
		}
	}

	Document page(String url, String username, String role) throws Exception {
		var response = mvc.perform(get(url).with(user(username).roles(role))).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8), "http://localhost" + url);
	}

	static String link(Document page, Pattern pattern) {
		return page.select("a[href]").stream().map(a -> a.attr("href")).map(h -> h.replaceFirst("^http://localhost", ""))
				.filter(h -> pattern.matcher(h).matches()).findFirst()
				.orElseThrow(() -> new AssertionError("no link like " + pattern + " on " + page.location()));
	}
}
