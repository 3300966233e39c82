package vn.ocop.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.ocop.shared.ImportProblems.Problem;

/**
 * The versioning rules, on an in-memory store of versions: what continues, what is closed the day before, what
 * is opened, and that another province is left alone.
 */
class SnapshotReconciliationTests {

	static final LocalDate FIRST = LocalDate.of(2019, 1, 1);
	static final LocalDate SECOND = LocalDate.of(2025, 1, 1);

	private final List<AdministrativeUnit> store = new ArrayList<>();
	private final List<SnapshotReconciliation.Recorded> recorded = new ArrayList<>();
	private final List<Problem> problems = new ArrayList<>();

	@BeforeEach
	void importTwoProvinces() {
		apply("""
				code,name,level,parent_code
				42,Tỉnh Hà Tĩnh,PROVINCE,
				441,Huyện Vũ Quang,DISTRICT,42
				448,Huyện Lộc Hà,DISTRICT,42
				445,Huyện Thạch Hà,DISTRICT,42
				18325,Thị trấn Vũ Quang,COMMUNE,441
				18328,Xã Ân Phú,COMMUNE,441
				18409,Xã Tân Lộc,COMMUNE,448
				18070,Phường Trần Phú,COMMUNE,42
				""", FIRST);
		apply("""
				code,name,level,parent_code
				40,Tỉnh Nghệ An,PROVINCE,
				412,Thành phố Vinh,DISTRICT,40
				16681,Phường Đông Vĩnh,COMMUNE,412
				""", FIRST);
		assertThat(problems).isEmpty();
	}

	@Test
	void shouldOpenEveryUnitOfAFirstSnapshot() {
		assertThat(store).hasSize(11).allMatch(u -> u.getValidFrom().equals(FIRST) && u.getValidTo() == null);
		assertThat(find("18325")).singleElement().extracting(AdministrativeUnit::getProvinceCode).isEqualTo("42");
		assertThat(find("16681")).singleElement().extracting(AdministrativeUnit::getProvinceCode).isEqualTo("40");
	}

	@Test
	void shouldContinueCloseAndOpenVersionsAndLeaveOtherProvincesAlone() {
		SnapshotReconciliation.Plan plan = apply("""
				code,name,level,parent_code
				42,Tỉnh Hà Tĩnh,PROVINCE,
				441,Huyện Vũ Quang,DISTRICT,42
				445,Huyện Thạch Hà,DISTRICT,42
				18325,Thị trấn Vũ Quang,COMMUNE,441
				18328,Xã Ân Phú Mới,COMMUNE,441
				18409,Xã Tân Lộc,COMMUNE,445
				18999,Xã Mới,COMMUNE,445
				""", SECOND);

		assertThat(problems).isEmpty();
		assertThat(plan.unchanged()).isEqualTo(4); // 42, 441, 445, 18325
		assertThat(plan.opening()).extracting(AdministrativeUnit::getCode)
				.containsExactlyInAnyOrder("18328", "18409", "18999");
		assertThat(plan.closing()).extracting(AdministrativeUnit::getCode)
				.containsExactlyInAnyOrder("18328", "18409", "448", "18070");

		// unchanged: one version, still open
		assertThat(find("18325")).singleElement().satisfies(u -> {
			assertThat(u.getValidFrom()).isEqualTo(FIRST);
			assertThat(u.getValidTo()).isNull();
		});
		// renamed: old version ends the day before, new one from the start
		assertThat(find("18328")).extracting(AdministrativeUnit::toUnit).containsExactly(
				new Unit("18328", "Xã Ân Phú", UnitLevel.COMMUNE, "441", FIRST, LocalDate.of(2024, 12, 31)),
				new Unit("18328", "Xã Ân Phú Mới", UnitLevel.COMMUNE, "441", SECOND, null));
		// moved to another parent
		assertThat(find("18409")).extracting(AdministrativeUnit::getParentCode).containsExactly("448", "445");
		// missing: closed the day before
		assertThat(find("448")).singleElement().extracting(AdministrativeUnit::getValidTo)
				.isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(find("18070")).singleElement().extracting(AdministrativeUnit::getValidTo)
				.isEqualTo(LocalDate.of(2024, 12, 31));
		// new
		assertThat(find("18999")).singleElement().extracting(AdministrativeUnit::getValidFrom).isEqualTo(SECOND);
		// the other province, missing from the file, is untouched
		assertThat(store).filteredOn(u -> u.getProvinceCode().equals("40"))
				.hasSize(3)
				.allMatch(u -> u.getValidTo() == null && u.getValidFrom().equals(FIRST));
	}

	@Test
	void shouldRefuseTheSameSnapshotTwiceAndOneThatIsNotAfterTheLatest() {
		String same = """
				code,name,level,parent_code
				42,Tỉnh Hà Tĩnh,PROVINCE,
				""";
		apply(same, SECOND);
		problems.clear();

		apply(same, SECOND);
		apply(same, LocalDate.of(2020, 1, 1));

		assertThat(problems).extracting(Problem::messageCode).containsExactly("geography.import.snapshot.exists",
				"geography.import.date.notAfterLatest");
		assertThat(problems.get(1).arguments()).containsExactly("42", "2020-01-01", "2025-01-01");
	}

	@Test
	void shouldRefuseACodeStillHeldByAnotherProvince() {
		apply("""
				code,name,level,parent_code
				42,Tỉnh Hà Tĩnh,PROVINCE,
				16681,Phường Đông Vĩnh,COMMUNE,42
				""", SECOND);

		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.row()).isEqualTo(3);
			assertThat(p.messageCode()).isEqualTo("geography.import.code.otherProvince");
			assertThat(p.arguments()).containsExactly("16681", "Phường Đông Vĩnh", "40");
		});
	}

	@Test
	void shouldAcceptACodeThatAnotherProvinceNoLongerHolds() {
		apply("""
				code,name,level,parent_code
				40,Tỉnh Nghệ An,PROVINCE,
				412,Thành phố Vinh,DISTRICT,40
				""", SECOND);
		apply("""
				code,name,level,parent_code
				42,Tỉnh Hà Tĩnh,PROVINCE,
				16681,Phường Đông Vĩnh,COMMUNE,42
				""", LocalDate.of(2026, 1, 1));

		assertThat(problems).isEmpty();
		assertThat(find("16681")).extracting(AdministrativeUnit::getProvinceCode).containsExactly("40", "42");
	}

	private SnapshotReconciliation.Plan apply(String csv, LocalDate start) {
		int before = problems.size();
		SnapshotFile file = SnapshotFile.check(CsvTable.read(csv.getBytes(StandardCharsets.UTF_8), problems),
				problems);
		SnapshotReconciliation.Plan plan = SnapshotReconciliation.reconcile(file, start, List.copyOf(store),
				List.copyOf(recorded), problems);
		if (problems.size() == before) {
			plan.closeAll();
			store.addAll(plan.opening());
			file.provinceCodes().forEach(p -> recorded.add(new SnapshotReconciliation.Recorded(p, start)));
		}
		return plan;
	}

	private List<AdministrativeUnit> find(String code) {
		return store.stream().filter(u -> u.getCode().equals(code))
				.sorted(Comparator.comparing(AdministrativeUnit::getValidFrom)).toList();
	}
}
