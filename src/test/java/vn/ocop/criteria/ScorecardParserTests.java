package vn.ocop.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import vn.ocop.shared.ImportProblems;

/**
 * The real scorecard 1048-01 loads; a broken one is refused with every problem named.
 */
class ScorecardParserTests {

	static final Regulation R1048 = new Regulation("1048/QĐ-TTg", "1048", LocalDate.of(2019, 8, 21),
			Map.of("A", 35, "B", 25, "C", 40), 36, List.of());

	ScorecardParser parser = new ScorecardParser(code -> code.equals(R1048.code()) ? R1048 : null);

	static String real() throws IOException {
		return new String(new ClassPathResource("criteria/1048-01-rau-cu-qua-hat-tuoi.json").getInputStream().readAllBytes(),
				StandardCharsets.UTF_8);
	}

	@Test
	void shouldLoadTheRealScorecard() throws IOException {
		Scorecard scorecard = parser.parse(real());
		assertThat(scorecard.code()).isEqualTo("1048-01");
		assertThat(scorecard.maxPoints()).isEqualTo(100);
		assertThat(scorecard.parts()).extracting(Scorecard.Part::maxPoints).containsExactly(35, 25, 40);
		assertThat(scorecard.criteria()).hasSize(31);
		assertThat(scorecard.criterion("A3.2").orElseThrow().maxPoints()).isEqualTo(2);
		assertThat(scorecard.starsFor(new BigDecimal("89.99"))).isEqualTo(4);
		assertThat(scorecard.starsFor(new BigDecimal("90.00"))).isEqualTo(5);
		assertThat(scorecard.starsFor(new BigDecimal("49.99"))).isEqualTo(2);
		assertThat(scorecard.starsFor(new BigDecimal("50"))).isEqualTo(3);
		assertThat(scorecard.starsFor(new BigDecimal("29.99"))).isEqualTo(1);
	}

	@Test
	void shouldNameEveryProblemOfABrokenFile() throws IOException {
		String broken = real()
				.replace("\"maxPoints\": 35", "\"maxPoints\": 36")
				.replace("\"code\": \"A1.2\"", "\"code\": \"A1.1\"")
				.replace("\"minScore\": 0", "\"minScore\": 5");
		assertThatThrownBy(() -> parser.parse(broken)).isInstanceOfSatisfying(ImportProblems.class, e -> {
			assertThat(e.problems()).extracting(ImportProblems.Problem::messageCode).contains(
					"criteria.scorecard.duplicateCriterion", "criteria.scorecard.partSum",
					"criteria.scorecard.partRegulation", "criteria.scorecard.total", "criteria.scorecard.bandsStart");
		});
	}

	@Test
	void shouldRefuseWhatIsNotAScorecard() {
		assertThatThrownBy(() -> parser.parse("{not json")).isInstanceOfSatisfying(ImportProblems.class,
				e -> assertThat(e.problems()).singleElement()
						.satisfies(p -> assertThat(p.messageCode()).isEqualTo("criteria.scorecard.notJson")));
		assertThatThrownBy(() -> parser.parse("{\"format\":\"x\"}")).isInstanceOfSatisfying(ImportProblems.class,
				e -> assertThat(e.problems()).extracting(ImportProblems.Problem::messageCode)
						.contains("criteria.scorecard.format", "criteria.scorecard.regulation", "criteria.scorecard.missing"));
	}

	@Test
	void shouldRefuseNegativePointsAndDuplicateOptions() throws IOException {
		String broken = real().replaceFirst("\"points\": 1", "\"points\": -1").replaceFirst("\"code\": 2,", "\"code\": 1,");
		assertThatThrownBy(() -> parser.parse(broken)).isInstanceOfSatisfying(ImportProblems.class,
				e -> assertThat(e.problems()).extracting(ImportProblems.Problem::messageCode)
						.contains("criteria.scorecard.negativePoints", "criteria.scorecard.duplicateOption"));
	}
}
