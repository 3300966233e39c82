package vn.ocop.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * Demo and history (issue 14): the demo's current-year cycle holds products in every state, and each demo product
 * that was scored was scored under the regulation its dossier's filing day and type choose, on the real scorecard of
 * its set — the food products filed before 22/5/2026 under 1489/QĐ-TTg (148 as amended) on the 148 scorecards, the
 * ornamental and tourism products under 26/2026 on its scorecards — next to the 2019 cycle under 1048. Products are
 * found by name.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DemoCyclesIntegrationTests {

	static final String PASSWORD = "ocop-demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	TransitionDemoData transition;

	/**
	 * The in-memory database is shared by every test context and the demo is written by the first one to start,
	 * which may run on a test clock that cannot go back to 2026 (the transition is then skipped): this context, on
	 * the application's clock, asks for it again (nothing happens when it is there).
	 */
	@org.junit.jupiter.api.BeforeEach
	void transitionWritten() {
		transition.create();
	}

	@Test
	void shouldScoreEachDemoProductUnderTheRegulationOfItsFilingDayOnTheRealScorecardOfItsSet() throws Exception {
		// name → the product's cycle, the regulation it was recognised or scored under, and the scorecard
		record Expected(int cycle, String regulation, String scorecard, String status) {
		}
		int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
		Map<String, Expected> expected = Map.of(
				"Nước mắm cá cơm Kỳ Ninh", new Expected(2026, "1489/QĐ-TTg", "148-09", "CERTIFIED"),
				"Kẹo cu đơ gừng Thiên Phú", new Expected(2026, "1489/QĐ-TTg", "148-06", "CERTIFIED"),
				"Nhung hươu sấy khô thái lát Sơn Hồng", new Expected(2026, "1489/QĐ-TTg", "148-18", "CERTIFIED"),
				"Bưởi Phúc Trạch VietGAP", new Expected(2026, "1489/QĐ-TTg", "148-01", "CERTIFIED"),
				"Cây cam cảnh Vũ Quang", new Expected(year, "26/2026/QĐ-TTg", "26-2026-24", "CERTIFIED"),
				"Du lịch cộng đồng vườn cam Mai Hoa", new Expected(year, "26/2026/QĐ-TTg", "26-2026-26", "RATED"),
				"Cam Vũ Quang", new Expected(2019, "1048/QĐ-TTg", "1048-01", "CERTIFIED"));
		String certificates = json("/api/v1/certificates");
		for (var e : expected.entrySet()) {
			String name = e.getKey();
			Expected want = e.getValue();
			String id = productId(name, want.cycle());
			// the product's status follows the session's result (an event after the demo's transaction)
			await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
					(String) JsonPath.read(json("/api/v1/products/" + id), "$.status")).as(name).isEqualTo(want.status()));
			List<String> scorecards = JsonPath.read(json("/api/v1/products/" + id + "/evaluations"), "$[*].scorecardCode");
			assertThat(scorecards).as(name + ": scorecard").containsExactly(want.scorecard());
			if (want.status().equals("CERTIFIED")) {
				List<String> regulations = JsonPath.read(certificates,
						"$[?(@.productId == '" + id + "')].regulationCode");
				assertThat(regulations).as(name + ": regulation of its recognition").containsExactly(want.regulation());
				if (want.cycle() == 2026 && want.regulation().equals("1489/QĐ-TTg")) {
					// finished within the 60 days the transition gives a first dossier (26/2026 Điều 12.2)
					List<String> recognised = JsonPath.read(certificates, "$[?(@.productId == '" + id + "')].validFrom");
					assertThat(LocalDate.parse(recognised.get(0))).as(name + ": recognised by")
							.isBefore(LocalDate.of(2026, 7, 22));
				}
			}
			else {
				assertThat((String) JsonPath.read(json("/api/v1/products/" + id + "/rule"), "$.regulation.code"))
						.as(name + ": regulation of its dossier").isEqualTo(want.regulation());
			}
		}
		// the transitional dossiers were filed before 22/5/2026, as the rule of 1489 says
		String sauce = json("/api/v1/products/" + productId("Nước mắm cá cơm Kỳ Ninh", 2026));
		assertThat(LocalDate.parse(JsonPath.read(sauce, "$.filedOn"))).isBefore(LocalDate.of(2026, 5, 22));
	}

	@Test
	void shouldShowTheCurrentYearCycleWithProductsInEveryState() throws Exception {
		int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
		List<String> statuses = JsonPath.read(json("/api/v1/products?cycleYear=" + year + "&size=500"),
				"$.items[*].status");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
				(List<String>) JsonPath.read(json("/api/v1/products?cycleYear=" + year + "&size=500"), "$.items[*].status"))
				.contains("IDEA_REGISTERED", "SELECTED", "SUBMITTED", "UNDER_EVALUATION", "RATED", "CERTIFIED"));
		assertThat(statuses).isNotEmpty();
	}

	private String productId(String name, int cycle) throws Exception {
		List<String> ids = JsonPath.read(json("/api/v1/products?cycleYear=" + cycle + "&size=500"),
				"$.items[?(@.name == '" + name + "')].id");
		assertThat(ids).as(name + " in the " + cycle + " cycle").hasSize(1);
		return ids.get(0);
	}

	private String json(String url) throws Exception {
		return mvc.perform(get(url).with(httpBasic("admin", PASSWORD))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
