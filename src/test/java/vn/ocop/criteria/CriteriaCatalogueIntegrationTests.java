package vn.ocop.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * At start the application holds every shipped scorecard and the three taxonomies, and knows which set a product
 * set becomes under each later regulation.
 */
@SpringBootTest
@org.springframework.test.context.ActiveProfiles("test")
class CriteriaCatalogueIntegrationTests {

	@Autowired
	CriteriaApi criteria;

	@Test
	void shouldLoadEveryScorecardAndTaxonomyAtStart() {
		assertThat(criteria.scorecards()).extracting(ScorecardSummary::code)
				.contains("1048-01", "1048-25", "148-01", "148-26", "26-2026-24", "26-2026-25", "26-2026-26");
		assertThat(shipped().filter(s -> s.regulation().equals("1048/QĐ-TTg"))).hasSize(21);
		assertThat(shipped().filter(s -> s.regulation().equals("148/QĐ-TTg"))).hasSize(22);
		assertThat(shipped().filter(s -> s.regulation().equals("26/2026/QĐ-TTg"))).hasSize(3);
		assertThat(criteria.productSets("1048/QĐ-TTg")).hasSize(26);
		assertThat(criteria.productSets("148/QĐ-TTg")).hasSize(26);
		assertThat(criteria.productSets("26/2026/QĐ-TTg")).hasSize(26);
		// 1489 amended 148's procedure and kept its product sets
		assertThat(criteria.productSets("1489/QĐ-TTg")).isEqualTo(criteria.productSets("148/QĐ-TTg"));
		assertThat(criteria.taxonomyRegulation("1489/QĐ-TTg")).isEqualTo("148/QĐ-TTg");

		Scorecard cayCanh = criteria.scorecard("26-2026-24").orElseThrow();
		assertThat(cayCanh.disqualifiers()).isNotEmpty();
		assertThat(cayCanh.markedCriteria()).isNotEmpty();
	}

	/** The scorecards shipped with the application (tests sharing the database may publish more). */
	private java.util.stream.Stream<ScorecardSummary> shipped() {
		return criteria.scorecards().stream().filter(s -> s.origin().equals("SHIPPED"));
	}

	@Test
	void shouldMapAProductSetAcrossTheTaxonomies() {
		// 1048-10 "Tương, nước mắm" is 148-09 and 26-2026-09 "Tương, nước mắm, gia vị dạng lỏng khác"
		assertThat(criteria.productSetAcrossTaxonomies("1048-10"))
				.extracting(m -> m.regulationCode() + " " + (m.productSet() == null ? "—" : m.productSet().code()))
				.containsExactly("1048/QĐ-TTg 1048-10", "148/QĐ-TTg 148-09", "26/2026/QĐ-TTg 26-2026-09");
		assertThat(criteria.productSetUnder("1048-10", "26/2026/QĐ-TTg").orElseThrow().name())
				.isEqualTo("Tương, nước mắm, gia vị dạng lỏng khác");
		assertThat(criteria.productSetUnder("148-09", "1489/QĐ-TTg").orElseThrow().code()).isEqualTo("148-09");
		// two 1048 sets merged into 148-08: each reaches it, and 148-08 names both as its predecessors
		assertThat(criteria.productSetUnder("1048-09", "148/QĐ-TTg").orElseThrow().code()).isEqualTo("148-08");
		assertThat(criteria.productSetAcrossTaxonomies("1048-09"))
				.filteredOn(m -> m.regulationCode().equals("1048/QĐ-TTg")).singleElement()
				.satisfies(m -> assertThat(m.productSet().code()).isEqualTo("1048-09"));
		assertThat(criteria.productSetAcrossTaxonomies("148-08"))
				.filteredOn(m -> m.regulationCode().equals("1048/QĐ-TTg"))
				.extracting(m -> m.productSet().code()).containsExactly("1048-08", "1048-09");
		// medical devices (1048-21) have no set under 148
		assertThat(criteria.productSetUnder("1048-21", "148/QĐ-TTg")).isEmpty();
		// and the ornamental trees of 26/2026 came from 148-24
		assertThat(criteria.productSetUnder("26-2026-24", "148/QĐ-TTg").orElseThrow().code()).isEqualTo("148-24");
	}
}
