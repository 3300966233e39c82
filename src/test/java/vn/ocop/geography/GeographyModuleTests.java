package vn.ocop.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import vn.ocop.shared.ImportProblems;
import vn.ocop.shared.ImportProblems.Problem;

/**
 * The geography module booted alone (it needs no other module), on its own empty in-memory database and no demo
 * data. The bundled reference units are there, but every test works on fictitious provinces (codes 91 to 95) whose
 * snapshots and reorganisation mappings it imports itself, so every unit asked about is the test's.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:geography-module;DB_CLOSE_DELAY=-1",
		"ocop.demo.enabled=false" })
class GeographyModuleTests {

	static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
	static final LocalDate SECOND = LocalDate.of(2022, 1, 1);
	static final LocalDate IN_2020 = LocalDate.of(2020, 6, 1);
	static final LocalDate IN_2022 = LocalDate.of(2022, 6, 1);

	@Autowired
	GeographyApi geography;

	@Autowired
	UnitSnapshotImport imports;

	@Test
	void shouldServeTheUnitsInForceOnADayAndTheirLineageAcrossAReorganisation() {
		var first = imports.importSnapshot(csv("""
				code,name,level,parent_code
				91,Tỉnh Thử Một,PROVINCE,
				910,Huyện Núi,DISTRICT,91
				91001,Xã Sông,COMMUNE,910
				91002,Xã Đồi,COMMUNE,910
				"""), FIRST, "Quyết định thử 1");
		assertThat(first).isEqualTo(new SnapshotSummary("91", FIRST, 4, 4, 0, 0));

		// the district is abolished: Xã Sông is renamed under the province, Xã Đồi goes into a new commune
		var second = imports.importSnapshot(csv("""
				code,name,level,parent_code
				91,Tỉnh Thử Một,PROVINCE,
				91001,Xã Sông Mới,COMMUNE,91
				91003,Xã Đồi Núi,COMMUNE,91
				"""), SECOND, "Nghị quyết thử 2");
		assertThat(second).isEqualTo(new SnapshotSummary("91", SECOND, 3, 2, 3, 1));
		imports.importSuccessions(csv("new_code,old_code\n91003,91002\n"), SECOND);

		assertThat(geography.find("91", FIRST.minusDays(1))).isEmpty();
		assertThat(geography.unitsInForce(IN_2020, UnitLevel.COMMUNE, "910")).extracting(Unit::code)
				.containsExactly("91001", "91002");
		assertThat(geography.unitsInForce(IN_2022, UnitLevel.COMMUNE, "91")).extracting(Unit::name)
				.containsExactly("Xã Sông Mới", "Xã Đồi Núi");
		assertThat(geography.unitsInForce(IN_2022, UnitLevel.DISTRICT, "91")).isEmpty();
		assertThat(geography.lineage("91001", IN_2020)).extracting(Unit::code).containsExactly("91001", "910", "91");
		assertThat(geography.lineage("91001", IN_2022)).extracting(Unit::code).containsExactly("91001", "91");
		assertThat(geography.isWithin("91001", "910", IN_2020)).isTrue();
		assertThat(geography.isWithin("91001", "910", IN_2022)).isFalse();
		assertThat(geography.isWithin("91001", "91", IN_2022)).isTrue();
		assertThat(geography.isWithin("91001", "42", IN_2020)).isFalse();

		assertThat(geography.versionsOf("91001")).satisfiesExactly(
				old -> assertThat(old).isEqualTo(
						new Unit("91001", "Xã Sông", UnitLevel.COMMUNE, "910", FIRST, SECOND.minusDays(1))),
				now -> assertThat(now).isEqualTo(new Unit("91001", "Xã Sông Mới", UnitLevel.COMMUNE, "91", SECOND,
						null)));
		assertThat(geography.find("91002", IN_2022)).isEmpty();
		assertThat(geography.successors("91002", IN_2020, IN_2022)).extracting(Unit::code).containsExactly("91003");
		assertThat(geography.successors("910", IN_2020, IN_2022)).extracting(Unit::code)
				.containsExactly("91001", "91003");
		// the area of a unit over time: what lay inside it, and the old units a mapping merged into it
		assertThat(geography.codesWithin("910")).containsExactlyInAnyOrder("910", "91001", "91002");
		assertThat(geography.codesWithin("91003")).containsExactlyInAnyOrder("91003", "91002");
		assertThat(imports.snapshots()).filteredOn(s -> s.provinceCode().equals("91"))
				.extracting(SnapshotInfo::validFrom, SnapshotInfo::units, SnapshotInfo::source)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(SECOND, 3, "Nghị quyết thử 2"),
						org.assertj.core.groups.Tuple.tuple(FIRST, 4, "Quyết định thử 1"));
		assertThat(imports.isMappingRecorded(SECOND)).isTrue();
	}

	@Test
	void shouldRefuseASnapshotWithABadRowNamingItAndChangeNothing() {
		imports.importSnapshot(csv("""
				code,name,level,parent_code
				92,Tỉnh Thử Hai,PROVINCE,
				920,Huyện Biển,DISTRICT,92
				92001,Xã Cát,COMMUNE,920
				"""), FIRST, "Thử");
		int recorded = imports.snapshots().size();

		assertThatThrownBy(() -> imports.importSnapshot(csv("""
				code,name,level,parent_code
				92,Tỉnh Thử Hai,PROVINCE,
				920,Huyện Biển Mới,DISTRICT,92
				92001,Xã Cát Mới,COMMUNE,920
				92002,Xã Thôn,HAMLET,920
				"""), SECOND, "Thử lỗi")).isInstanceOfSatisfying(ImportProblems.class,
						e -> assertThat(e.problems()).extracting(Problem::row, Problem::messageCode)
								.containsExactly(org.assertj.core.groups.Tuple.tuple(5,
										"geography.import.level.unknown")));

		assertThat(geography.versionsOf("920")).extracting(Unit::name).containsExactly("Huyện Biển");
		assertThat(geography.versionsOf("92001")).singleElement()
				.satisfies(u -> assertThat(u.validTo()).isNull());
		assertThat(geography.versionsOf("92002")).isEmpty();
		assertThat(geography.unitsInForce(IN_2022, UnitLevel.COMMUNE, "920")).extracting(Unit::name)
				.containsExactly("Xã Cát");
		assertThat(imports.isRecorded("92", SECOND)).isFalse();
		assertThat(imports.snapshots()).hasSize(recorded);
	}

	@Test
	void shouldRefuseASnapshotNotAfterTheLatestOrOnABadDay() {
		imports.importSnapshot(csv("code,name,level,parent_code\n93,Tỉnh Thử Ba,PROVINCE,\n"), SECOND, "Thử");
		int recorded = imports.snapshots().size();

		assertThat(problemCodes(() -> imports.importSnapshot(csv("code,name,level,parent_code\n93,Tỉnh Ba,PROVINCE,\n"),
				SECOND, "Lại"))).containsExactly("geography.import.snapshot.exists");
		assertThat(problemCodes(() -> imports.importSnapshot(csv("code,name,level,parent_code\n93,Tỉnh Ba,PROVINCE,\n"),
				FIRST, "Cũ"))).containsExactly("geography.import.date.notAfterLatest");
		assertThat(problemCodes(() -> imports.importSnapshot(csv("code,name,level,parent_code\n"), "someday", "x")))
				.contains("geography.import.date.invalid", "geography.import.province.none");

		assertThat(geography.versionsOf("93")).extracting(Unit::name).containsExactly("Tỉnh Thử Ba");
		assertThat(imports.snapshots()).hasSize(recorded);
	}

	@Test
	void shouldTakeADayWrittenTheVietnameseWayAndLeaveOtherProvincesAlone() {
		int haTinh = geography.unitsInForce(IN_2022, null, "42").size();

		var summary = imports.importSnapshot(csv("""
				\uFEFFcode,name,level,parent_code
				94,Tỉnh Thử Bốn,PROVINCE,
				94001,Xã Bốn,COMMUNE,94
				"""), "1/1/2022", "Thử");

		assertThat(summary.validFrom()).isEqualTo(SECOND);
		assertThat(geography.find("94001", IN_2022)).get().extracting(Unit::parentCode).isEqualTo("94");
		assertThat(geography.unitsInForce(IN_2022, null, "42")).hasSize(haTinh);
		assertThat(geography.homeProvince()).isEqualTo("42");
	}

	@Test
	void shouldRefuseAMappingWhoseUnitsAreNotInForceAndWriteNoneOfIt() {
		imports.importSnapshot(csv("""
				code,name,level,parent_code
				95,Tỉnh Thử Năm,PROVINCE,
				95001,Xã Năm,COMMUNE,95
				"""), FIRST, "Thử");
		LocalDate day = LocalDate.of(2021, 1, 1);
		int mappings = imports.successions().size();

		assertThatThrownBy(() -> imports.importSuccessions(csv("new_code,old_code\n95001,95001\n95001,95009\n"), day))
				.isInstanceOfSatisfying(ImportProblems.class, e -> assertThat(e.problems())
						.extracting(Problem::row, Problem::messageCode)
						.containsExactly(org.assertj.core.groups.Tuple.tuple(3,
								"geography.succession.oldCode.notInForce")));

		assertThat(imports.isMappingRecorded(day)).isFalse();
		assertThat(imports.successions()).hasSize(mappings);
		assertThat(geography.successors("95001", IN_2020, IN_2022)).extracting(Unit::code).containsExactly("95001");
	}

	private static List<String> problemCodes(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
		Throwable caught = org.assertj.core.api.Assertions.catchThrowable(call);
		assertThat(caught).as("refused").isInstanceOf(ImportProblems.class);
		return ((ImportProblems) caught).problems().stream().map(Problem::messageCode).toList();
	}

	private static InputStream csv(String content) {
		return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
	}
}
