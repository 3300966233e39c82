package vn.ocop.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The bundled units of Hà Tĩnh as the rest of the platform sees them, through the API and {@link GeographyApi},
 * and imports through the API and the admin pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class GeographyIntegrationTests {

	static final LocalDate Y2019 = LocalDate.of(2019, 6, 1);
	static final LocalDate Y2020 = LocalDate.of(2020, 1, 1);
	static final LocalDate MARCH_2025 = LocalDate.of(2025, 3, 1);
	static final LocalDate AUGUST_2025 = LocalDate.of(2025, 8, 1);

	@Autowired
	MockMvc mvc;

	@Autowired
	GeographyApi geography;

	@Autowired
	UnitSnapshotImport imports;

	@Autowired
	AdministrativeUnits units;

	@Autowired
	RecordedSnapshots snapshots;

	static RequestPostProcessor admin() {
		return user("geo-admin").roles("PROVINCE_ADMIN");
	}

	@Test
	void shouldServeTheDistrictsOf2019AndEarly2025() throws Exception {
		mvc.perform(get("/api/v1/geography/units").param("level", "DISTRICT").param("on", "2019-06-01")
						.param("parentCode", "42"))
				.andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
				.andExpect(jsonPath("$", hasSize(13)))
				.andExpect(jsonPath("$[?(@.code == '441')].name").value(contains("Huyện Vũ Quang")))
				.andExpect(jsonPath("$[?(@.code == '439')].name").value(contains("Huyện Hương Sơn")))
				.andExpect(jsonPath("$[?(@.code == '441')].validFrom").value(contains("2019-01-01")))
				.andExpect(jsonPath("$[?(@.code == '441')].validTo").value(contains("2025-06-30")))
				.andExpect(jsonPath("$[*].parentCode", everyItem(org.hamcrest.Matchers.is("42"))));
		mvc.perform(get("/api/v1/geography/units").param("level", "DISTRICT").param("on", "2025-03-01"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$", hasSize(12)))
				.andExpect(jsonPath("$[*].code", not(hasItem("448"))));
	}

	@Test
	void shouldServeTheTwoTierStructureFromJuly2025() throws Exception {
		mvc.perform(get("/api/v1/geography/units").param("level", "DISTRICT").param("on", "2025-08-01"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$", hasSize(0)));
		mvc.perform(get("/api/v1/geography/units").param("level", "COMMUNE").param("on", "2025-08-01")
						.param("parentCode", "42"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$", hasSize(69)))
				.andExpect(jsonPath("$[?(@.code == '18073')].name").value(contains("Phường Thành Sen")));
		// without a day: today (the platform's clock), when the province is in force
		mvc.perform(get("/api/v1/geography/units").param("level", "PROVINCE"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[*].code", hasItem("42")));
		assertThat(geography.unitsInForce(AUGUST_2025, UnitLevel.COMMUNE, "42")).hasSize(69);
		assertThat(geography.unitsInForce(MARCH_2025, UnitLevel.DISTRICT, null))
				.filteredOn(u -> "42".equals(u.parentCode())).hasSize(12);
	}

	@Test
	void shouldKeepBothVersionsOfACode() throws Exception {
		mvc.perform(get("/api/v1/geography/units/18073/versions"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$", hasSize(2)))
				.andExpect(jsonPath("$[0].name").value("Phường Nam Hà"))
				.andExpect(jsonPath("$[0].parentCode").value("436"))
				.andExpect(jsonPath("$[0].validTo").value("2025-06-30"))
				.andExpect(jsonPath("$[1].name").value("Phường Thành Sen"))
				.andExpect(jsonPath("$[1].parentCode").value("42"))
				.andExpect(jsonPath("$[1].validFrom").value("2025-07-01"))
				.andExpect(jsonPath("$[1].validTo").doesNotExist());
		mvc.perform(get("/api/v1/geography/units/18073").param("on", "2020-01-01"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.name").value("Phường Nam Hà"))
				.andExpect(jsonPath("$.level").value("COMMUNE"));
		mvc.perform(get("/api/v1/geography/units/18073").param("on", "2025-08-01"))
				.andExpect(jsonPath("$.name").value("Phường Thành Sen"));
	}

	@Test
	void shouldAnswerUnknownUnitsAndBadParametersWithProblems() throws Exception {
		mvc.perform(get("/api/v1/geography/units/99999"))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value("Không có đơn vị hành chính mã 99999."));
		mvc.perform(get("/api/v1/geography/units/99999/versions").param("lang", "en"))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.detail").value(containsString("99999")));
		mvc.perform(get("/api/v1/geography/units/441").param("on", "2025-08-01"))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.detail").value(containsString("441")));
		mvc.perform(get("/api/v1/geography/units/18070/successors").param("on", "2025-08-01"))
				.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/geography/units").param("level", "TOWN"))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[0].field").value("level"))
				.andExpect(jsonPath("$.detail").value(containsString("level")));
		mvc.perform(get("/api/v1/geography/units").param("on", "2025-02-30"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("on"));
		mvc.perform(get("/api/v1/geography/units/18073/successors").param("on", "yesterday"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("on"));
	}

	@Test
	void shouldPlaceUnitsByTheStructureOfTheDay() {
		List<Unit> vuQuang2020 = geography.unitsInForce(Y2020, UnitLevel.COMMUNE, "441");
		assertThat(vuQuang2020).isNotEmpty();
		Unit commune = vuQuang2020.get(0);
		assertThat(geography.isWithin(commune.code(), "441", Y2020)).isTrue();
		assertThat(geography.isWithin(commune.code(), "42", Y2020)).isTrue();
		assertThat(geography.isWithin(commune.code(), "439", Y2020)).isFalse();
		assertThat(geography.isWithin(commune.code(), "441", AUGUST_2025)).isFalse();
		assertThat(geography.lineage(commune.code(), Y2020)).extracting(Unit::code)
				.containsExactly(commune.code(), "441", "42");

		// one code, two versions: Nam Hà in the city of Hà Tĩnh, then Thành Sen directly under the province
		assertThat(geography.versionsOf("18073")).extracting(Unit::name)
				.containsExactly("Phường Nam Hà", "Phường Thành Sen");
		assertThat(geography.isWithin("18073", "436", Y2020)).isTrue();
		assertThat(geography.isWithin("18073", "436", AUGUST_2025)).isFalse();
		assertThat(geography.isWithin("18073", "42", AUGUST_2025)).isTrue();
		assertThat(geography.find("18073", LocalDate.of(2025, 6, 30))).get().extracting(Unit::name)
				.isEqualTo("Phường Nam Hà");
		// Lộc Hà's communes moved to Thạch Hà in January 2025
		assertThat(geography.isWithin("18409", "448", Y2020)).isTrue();
		assertThat(geography.isWithin("18409", "445", MARCH_2025)).isTrue();
		assertThat(geography.codesWithin("445")).contains("18409").doesNotContain("448");
		assertThat(geography.codesWithin("18073")).contains("18073", "18077", "18079");
	}

	@Test
	void shouldFollowUnitsThroughTheReorganisations() throws Exception {
		// Phường Nguyễn Du (2020) was renamed Bắc Hà in January 2025, then merged into Thành Sen in July
		assertThat(geography.versionsOf("18077")).extracting(Unit::name)
				.containsExactly("Phường Nguyễn Du", "Phường Bắc Hà");
		assertThat(geography.successors("18077", Y2020, AUGUST_2025)).extracting(Unit::code).containsExactly("18073");
		// a unit unchanged by a reorganisation is its own successor
		assertThat(geography.successors("42", Y2019, AUGUST_2025)).extracting(Unit::code).containsExactly("42");
		// split between two units
		assertThat(geography.successors("18082", MARCH_2025, AUGUST_2025)).hasSize(2);
		// an abolished district became what its communes became
		List<Unit> vuQuang = geography.successors("441", Y2019, AUGUST_2025);
		assertThat(vuQuang).isNotEmpty().allMatch(u -> u.level() == UnitLevel.COMMUNE && "42".equals(u.parentCode()));
		// dissolved in January 2025 without a recorded mapping: no known successor
		assertThat(geography.successors("18070", Y2020, AUGUST_2025)).isEmpty();

		mvc.perform(get("/api/v1/geography/units/18077/successors").param("on", "2020-01-01"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[*].code", contains("18073")))
				.andExpect(jsonPath("$[0].name").value("Phường Thành Sen"));
	}

	@Test
	void shouldRefuseAMalformedSnapshotListingEveryProblemAndWriteNothing() throws Exception {
		long versions = units.count();
		long recorded = snapshots.count();
		var file = csv("""
				code,name,level,parent_code
				42,Tỉnh Hà Tĩnh,PROVINCE,
				441,,DISTRICT,42
				18325,Thị trấn Vũ Quang,HAMLET,441
				18328,Xã Ân Phú,COMMUNE,999
				441,Huyện Vũ Quang,DISTRICT,42
				443,Huyện Can Lộc,DISTRICT,18328
				""");

		mvc.perform(multipart("/api/v1/geography/snapshots").file(file).param("validFrom", "2030-01-01")
						.with(admin()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value(containsString("5")))
				.andExpect(jsonPath("$.errors[*].row", contains(3, 4, 5, 6, 7)))
				.andExpect(jsonPath("$.errors[*].code", contains("geography.import.name.blank",
						"geography.import.level.unknown", "geography.import.parent.missing",
						"geography.import.code.duplicate", "geography.import.parent.wrongLevel")))
				.andExpect(jsonPath("$.errors[1].message").value(containsString("HAMLET")))
				.andExpect(jsonPath("$.errors[4].message")
						.value("Đơn vị 443 (Cấp huyện) không thể trực thuộc đơn vị 18328 (Cấp xã)."));
		mvc.perform(multipart("/api/v1/geography/snapshots").file(csv("code,name,level,parent_code\n"))
						.param("validFrom", "someday").with(admin()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[*].code", hasItems("geography.import.date.invalid",
						"geography.import.province.none")));
		// the snapshot of 2025-07-01 is already there
		mvc.perform(multipart("/api/v1/geography/snapshots")
						.file(csv("code,name,level,parent_code\n42,Tỉnh Hà Tĩnh,PROVINCE,\n"))
						.param("validFrom", "2025-07-01").with(admin()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].code").value("geography.import.snapshot.exists"));

		assertThat(units.count()).isEqualTo(versions);
		assertThat(snapshots.count()).isEqualTo(recorded);
	}

	@Test
	void shouldLetOnlyTheProvincialOfficeImport() throws Exception {
		var file = csv("code,name,level,parent_code\n98,Tỉnh Thử,PROVINCE,\n");
		mvc.perform(multipart("/api/v1/geography/snapshots").file(file).param("validFrom", "2030-01-01")
						.with(user("officer").roles("DISTRICT_OFFICER")))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(multipart("/api/v1/geography/successions").file(file).param("effectiveFrom", "2030-01-01")
						.with(user("officer").roles("DISTRICT_OFFICER")))
				.andExpect(status().isForbidden());
		mvc.perform(multipart("/api/v1/geography/snapshots").file(file).param("validFrom", "2030-01-01"))
				.andExpect(status().isUnauthorized());
		assertThat(geography.versionsOf("98")).isEmpty();
	}

	@Test
	void shouldImportASnapshotOfAnotherProvinceAndLeaveHaTinhAlone() throws Exception {
		LocalDate start = nextStartOf("99");
		int haTinh = geography.unitsInForce(start, null, "42").size();
		var file = csv("""
				\uFEFFcode,name,level,parent_code
				99,Tỉnh Thử Nghiệm,PROVINCE,
				990,Huyện Một,DISTRICT,99
				99001,Xã Một,COMMUNE,990
				99002,Xã Hai,COMMUNE,99
				""");

		mvc.perform(multipart("/api/v1/geography/snapshots").file(file).param("validFrom", start.toString())
						.param("source", "Thử nghiệm").with(admin()))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.provinceCode").value("99"))
				.andExpect(jsonPath("$.validFrom").value(start.toString()))
				.andExpect(jsonPath("$.units").value(4))
				.andExpect(jsonPath("$.opened").value(start.getYear() == 2030 ? 4 : 0))
				.andExpect(jsonPath("$.closed").value(0));

		assertThat(geography.isWithin("99001", "99", start)).isTrue();
		assertThat(geography.find("99002", start)).get().extracting(Unit::name).isEqualTo("Xã Hai");
		assertThat(geography.unitsInForce(start, null, "42")).hasSize(haTinh);
		assertThat(imports.snapshots()).anyMatch(s -> s.provinceCode().equals("99") && s.validFrom().equals(start)
				&& s.importedBy().equals("geo-admin") && s.units() == 4);

		// a mapping needs its units in force: the old one the day before, the new one on the day
		mvc.perform(multipart("/api/v1/geography/successions")
						.file(csv("new_code,old_code\n99001,99002\n99001,99002\n42,12345\n"))
						.param("effectiveFrom", start.toString()).with(admin()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[*].code", contains("geography.succession.oldCode.notInForce",
						"geography.succession.duplicate", "geography.succession.oldCode.notInForce")))
				.andExpect(jsonPath("$.errors[*].row", contains(2, 3, 4)));
	}

	@Test
	void shouldShowTheUnitsOfADayOnTheAdminPageAndItsTableToHtmx() throws Exception {
		mvc.perform(get("/admin/geography").param("on", "2019-06-01").param("level", "DISTRICT").with(admin()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Huyện Vũ Quang")))
				.andExpect(content().string(containsString("<html")))
				.andExpect(content().string(containsString("Các danh mục đã nhập")))
				.andExpect(content().string(not(containsString("Phường Thành Sen"))));
		mvc.perform(get("/admin/geography").param("on", "2025-08-01").header("HX-Request", "true").with(admin()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"unit-table\"")))
				.andExpect(content().string(containsString("Phường Thành Sen")))
				.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(get("/admin/geography").param("on", "not-a-date").param("level", "X").with(admin()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("not-a-date")));
		mvc.perform(get("/admin/geography/units/18073").with(admin()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Phường Nam Hà")))
				.andExpect(content().string(containsString("Phường Thành Sen")));
		mvc.perform(get("/admin/geography/units/99999").with(admin()))
				.andExpect(status().isNotFound());
		mvc.perform(get("/admin/geography").with(user("officer").roles("DISTRICT_OFFICER")))
				.andExpect(status().isForbidden());
	}

	@Test
	void shouldShowEveryProblemOfARefusedImportOnTheFormAndRedirectAfterSuccess() throws Exception {
		mvc.perform(get("/admin/geography/snapshots/new").with(admin()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("code,name,level,parent_code")))
				// the shared field fragment keeps the file input's accepted types
				.andExpect(content().string(containsString("accept=\".csv,text/csv\"")));
		long versions = units.count();
		mvc.perform(multipart("/admin/geography/snapshots")
						.file(csv("code,name,level\n42,Tỉnh Hà Tĩnh,PROVINCE\n"))
						.param("validFrom", "").with(admin()).with(csrf()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("id=\"import-problems\"")))
				.andExpect(content().string(containsString("Dòng tiêu đề thiếu cột &quot;parent_code&quot;")))
				// each error beside its field: the day's beside the day, the file's count beside the file
				.andExpect(result -> {
					var page = org.jsoup.Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
					assertThat(page.getElementById("validFrom-error").text()).isEqualTo("Thiếu ngày có hiệu lực.");
					assertThat(page.getElementById("file-error").text()).startsWith("Tệp không được nhập vì có 1 lỗi");
					assertThat(page.getElementById("file").attr("aria-describedby")).isEqualTo("file-error");
				});
		assertThat(units.count()).isEqualTo(versions);
		// a good file with a day that is no day: only the day is wrong, and nothing is written
		mvc.perform(multipart("/admin/geography/snapshots")
						.file(csv("code,name,level,parent_code\n97,Tỉnh Thử Hai,PROVINCE,\n"))
						.param("validFrom", "khong-phai-ngay").param("source", "QD-thu").with(admin()).with(csrf()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(result -> {
					var page = org.jsoup.Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
					assertThat(page.getElementById("validFrom-error").text())
							.isEqualTo("Ngày có hiệu lực \"khong-phai-ngay\" không hợp lệ (dùng dạng yyyy-MM-dd hoặc dd/MM/yyyy).");
					assertThat(page.getElementById("import-problems")).isNull();
					assertThat(page.getElementById("source").val()).isEqualTo("QD-thu");
				});
		assertThat(units.count()).isEqualTo(versions);

		LocalDate start = nextStartOf("97");
		mvc.perform(multipart("/admin/geography/snapshots")
						.file(csv("code,name,level,parent_code\n97,Tỉnh Thử Hai,PROVINCE,\n"))
						.param("validFrom", start.toString()).with(admin()).with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/admin/geography?on=" + start))
				.andExpect(flash().attribute("geographyFlash", containsString("Đã nhập danh mục của tỉnh 97 có hiệu lực từ "
						+ start.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))));
		assertThat(geography.find("97", start)).isPresent();

		mvc.perform(multipart("/admin/geography/successions").file(csv("old_code\n"))
						.param("effectiveFrom", "2025-07-01").with(admin()).with(csrf()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("new_code")));
	}

	/** A start day after any snapshot of the fictitious province (the in-memory database outlives a context). */
	private LocalDate nextStartOf(String province) {
		return imports.snapshots().stream()
				.filter(s -> s.provinceCode().equals(province))
				.map(s -> s.validFrom().plusYears(1))
				.max(LocalDate::compareTo)
				.orElse(LocalDate.of(2030, 1, 1));
	}

	private static MockMultipartFile csv(String content) {
		return new MockMultipartFile("file", "units.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
	}
}
