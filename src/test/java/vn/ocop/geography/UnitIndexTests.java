package vn.ocop.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Questions about a small history: three districts until mid-2025, then two tiers.
 */
class UnitIndexTests {

	static final LocalDate START = LocalDate.of(2019, 1, 1);
	static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
	static final LocalDate LAST = REFORM.minusDays(1);
	static final LocalDate JANUARY = LocalDate.of(2025, 1, 1);

	static Unit unit(String code, String name, UnitLevel level, String parent, LocalDate from, LocalDate to) {
		return new Unit(code, name, level, parent, from, to);
	}

	private final UnitIndex index = UnitIndex.of(List.of(
			new Unit("42", "Tỉnh Hà Tĩnh", UnitLevel.PROVINCE, null, START, null),
			unit("441", "Huyện Vũ Quang", UnitLevel.DISTRICT, "42", START, LAST),
			unit("436", "Thành phố Hà Tĩnh", UnitLevel.DISTRICT, "42", START, LAST),
			unit("18325", "Thị trấn Vũ Quang", UnitLevel.COMMUNE, "441", START, LAST),
			unit("18328", "Xã Ân Phú", UnitLevel.COMMUNE, "441", START, LAST),
			unit("18073", "Phường Nam Hà", UnitLevel.COMMUNE, "436", START, LAST),
			unit("18077", "Phường Nguyễn Du", UnitLevel.COMMUNE, "436", START, JANUARY.minusDays(1)),
			unit("18077", "Phường Bắc Hà", UnitLevel.COMMUNE, "436", JANUARY, LAST),
			unit("18070", "Phường Trần Phú", UnitLevel.COMMUNE, "436", START, JANUARY.minusDays(1)),
			unit("18073", "Phường Thành Sen", UnitLevel.COMMUNE, "42", REFORM, null),
			unit("18325", "Xã Vũ Quang", UnitLevel.COMMUNE, "42", REFORM, null),
			unit("18400", "Xã Mai Hoa", UnitLevel.COMMUNE, "42", REFORM, null)),
			List.of(new Succession("18073", "18073", REFORM), new Succession("18077", "18073", REFORM),
					new Succession("18325", "18325", REFORM), new Succession("18328", "18325", REFORM),
					new Succession("18328", "18400", REFORM)));

	@Test
	void shouldFindTheVersionInForceOnADay() {
		assertThat(index.find("18073", LocalDate.of(2020, 1, 1))).get().extracting(Unit::name)
				.isEqualTo("Phường Nam Hà");
		assertThat(index.find("18073", REFORM)).get().extracting(Unit::name).isEqualTo("Phường Thành Sen");
		assertThat(index.find("441", REFORM)).isEmpty();
		assertThat(index.find("99", REFORM)).isEmpty();
		assertThat(index.versionsOf("18073")).extracting(Unit::validFrom).containsExactly(START, REFORM);
	}

	@Test
	void shouldListUnitsInForceByLevelAndParent() {
		assertThat(index.unitsInForce(LocalDate.of(2020, 1, 1), UnitLevel.DISTRICT, null))
				.extracting(Unit::code).containsExactly("436", "441");
		assertThat(index.unitsInForce(LocalDate.of(2020, 1, 1), null, "441"))
				.extracting(Unit::code).containsExactly("18325", "18328");
		assertThat(index.unitsInForce(REFORM, UnitLevel.DISTRICT, null)).isEmpty();
		assertThat(index.unitsInForce(REFORM, UnitLevel.COMMUNE, "42")).hasSize(3);
	}

	@Test
	void shouldWalkTheParentChainInForceOnTheDay() {
		LocalDate before = LocalDate.of(2020, 1, 1);
		assertThat(index.isWithin("18328", "441", before)).isTrue();
		assertThat(index.isWithin("18328", "42", before)).isTrue();
		assertThat(index.isWithin("18328", "436", before)).isFalse();
		assertThat(index.isWithin("441", "441", before)).isTrue();
		assertThat(index.isWithin("18325", "441", REFORM)).isFalse();
		assertThat(index.isWithin("18325", "42", REFORM)).isTrue();
		assertThat(index.isWithin("18328", "42", REFORM)).isFalse(); // no longer exists
		assertThat(index.lineage("18328", before)).extracting(Unit::code).containsExactly("18328", "441", "42");
		assertThat(index.lineage("18073", REFORM)).extracting(Unit::code).containsExactly("18073", "42");
	}

	@Test
	void shouldFollowMappingsRenamesAndSplitsToToday() {
		LocalDate today = LocalDate.of(2025, 8, 1);
		LocalDate before = LocalDate.of(2020, 1, 1);
		// renamed in January (same code), then merged in July
		assertThat(index.successors("18077", before, today)).extracting(Unit::code).containsExactly("18073");
		// split between two
		assertThat(index.successors("18328", before, today)).extracting(Unit::code).containsExactly("18325", "18400");
		// a unit in force today is its own successor
		assertThat(index.successors("18073", today, today)).extracting(Unit::name).containsExactly("Phường Thành Sen");
		assertThat(index.successors("42", before, today)).extracting(Unit::code).containsExactly("42");
		// before the reform nothing changed yet
		assertThat(index.successors("18328", before, LAST)).extracting(Unit::name).containsExactly("Xã Ân Phú");
	}

	@Test
	void shouldFollowAnAbolishedDistrictThroughItsCommunes() {
		assertThat(index.successors("441", LocalDate.of(2020, 1, 1), LocalDate.of(2025, 8, 1)))
				.extracting(Unit::code).containsExactly("18325", "18400");
	}

	@Test
	void shouldFindNoSuccessorOfACommuneDissolvedWithoutMapping() {
		assertThat(index.successors("18070", LocalDate.of(2020, 1, 1), LocalDate.of(2025, 8, 1))).isEmpty();
		assertThat(index.successors("99", LocalDate.of(2020, 1, 1), LocalDate.of(2025, 8, 1))).isEmpty();
		// successors only go forward
		assertThat(index.successors("18073", REFORM, LocalDate.of(2020, 1, 1))).isEmpty();
	}

	@Test
	void shouldListEveryCodeThatWasEverWithinAUnit() {
		assertThat(index.codesWithin("441")).containsExactlyInAnyOrder("441", "18325", "18328");
		// merged into Thành Sen by the mapping, whatever they were called before; not the one dissolved unmapped
		assertThat(index.codesWithin("18073")).containsExactlyInAnyOrder("18073", "18077");
		assertThat(index.codesWithin("42")).hasSize(9);
		assertThat(index.codesWithin("99")).containsExactly("99");
	}
}
