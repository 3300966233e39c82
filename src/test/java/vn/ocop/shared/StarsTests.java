package vn.ocop.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.ocop.criteria.Scorecard;
import vn.ocop.shared.web.StarsFormat;

class StarsTests {

	/** The bands every regulation's scorecards carry (criteria/*.json): 90, 70, 50, 30 and 0 points. */
	private static final Scorecard BANDS = new Scorecard("T-01", "26/2026/QĐ-TTg", "Thử", List.of(),
			List.of(new Scorecard.StarBand(5, 90), new Scorecard.StarBand(4, 70), new Scorecard.StarBand(3, 50),
					new Scorecard.StarBand(2, 30), new Scorecard.StarBand(1, 0)));

	@Test
	void shouldBeOneToFive() {
		assertThat(Stars.of(1).count()).isEqualTo(1);
		assertThat(Stars.of(5).count()).isEqualTo(5);
		assertThat(Stars.of(3)).isSameAs(Stars.of(3)).isEqualTo(new Stars(3));
		for (int bad : new int[] { 0, -1, 6, Integer.MIN_VALUE, Integer.MAX_VALUE }) {
			assertThatThrownBy(() -> Stars.of(bad)).as("%d", bad).isInstanceOf(IllegalArgumentException.class);
			assertThatThrownBy(() -> new Stars(bad)).as("%d", bad).isInstanceOf(IllegalArgumentException.class);
			assertThat(Stars.isValid(bad)).isFalse();
		}
		assertThat(Stars.isValid(null)).isFalse();
		assertThat(Stars.isValid(1)).isTrue();
		assertThat(Stars.isValid(5)).isTrue();
	}

	@Test
	void shouldCertifyFromThreeStars() {
		assertThat(Stars.isCertifiable(2)).isFalse();
		assertThat(Stars.isCertifiable(3)).isTrue();
		assertThat(Stars.isCertifiable(5)).isTrue();
		assertThat(Stars.isCertifiable(6)).isFalse();
		assertThat(Stars.isCertifiable(0)).isFalse();
		assertThat(Stars.isCertifiable(null)).isFalse();
		assertThat(Stars.of(2).isCertifiable()).isFalse();
		assertThat(Stars.of(3).isCertifiable()).isTrue();
	}

	@Test
	void shouldAllowFiveStarsFromNinetyPoints() {
		assertThat(Stars.allowsFiveStars(new BigDecimal("89.99"))).isFalse();
		assertThat(Stars.allowsFiveStars(new BigDecimal("90"))).isTrue();
		assertThat(Stars.allowsFiveStars(new BigDecimal("90.00"))).isTrue();
		assertThat(Stars.allowsFiveStars(new BigDecimal("100"))).isTrue();
	}

	@Test
	void shouldRankScoresAtEachBoundaryOfTheBands() {
		assertThat(BANDS.starsFor(new BigDecimal("0"))).isEqualTo(1);
		assertThat(BANDS.starsFor(new BigDecimal("29.99"))).isEqualTo(1);
		assertThat(BANDS.starsFor(new BigDecimal("30"))).isEqualTo(2);
		assertThat(BANDS.starsFor(new BigDecimal("49.99"))).isEqualTo(2);
		assertThat(BANDS.starsFor(new BigDecimal("50"))).isEqualTo(3);
		assertThat(BANDS.starsFor(new BigDecimal("69.5"))).isEqualTo(3);
		assertThat(BANDS.starsFor(new BigDecimal("70.00"))).isEqualTo(4);
		assertThat(BANDS.starsFor(new BigDecimal("89.5"))).isEqualTo(4);
		assertThat(BANDS.starsFor(new BigDecimal("90"))).isEqualTo(5);
		assertThat(BANDS.starsFor(new BigDecimal("100"))).isEqualTo(5);
		assertThat(new Scorecard("T-02", "26/2026/QĐ-TTg", "Thử", List.of(), List.of())
				.starsFor(new BigDecimal("95"))).isEqualTo(Stars.MIN);
		assertThat(Stars.allowsFiveStars(BigDecimal.valueOf(BANDS.minScoreFor(5).orElseThrow()))).isTrue();
	}

	@Test
	void shouldRankScoresLikeTheBandsOfEveryRegulation() {
		String[][] cases = { { "0", "1" }, { "29.99", "1" }, { "30", "2" }, { "49.99", "2" }, { "50", "3" },
				{ "69.99", "3" }, { "70", "4" }, { "89.99", "4" }, { "90", "5" }, { "100", "5" }, { "-1", "1" } };
		for (String[] c : cases) {
			var score = new BigDecimal(c[0]);
			assertThat(Stars.forScore(score).count()).as(c[0]).isEqualTo(Integer.parseInt(c[1]));
			assertThat(Stars.forScore(score).count()).as(c[0]).isEqualTo(BANDS.starsFor(score));
		}
		for (int count = Stars.MIN; count <= Stars.MAX; count++) {
			assertThat(BANDS.minScoreFor(count)).contains(Stars.of(count).minScore());
		}
		assertThat(Stars.of(5).minScore()).isEqualTo(Stars.FIVE_STAR_MIN_SCORE);
	}

	@Test
	void shouldMoveUpAndDown() {
		assertThat(Stars.of(3).next()).contains(Stars.of(4));
		assertThat(Stars.of(5).next()).isEmpty();
		assertThat(Stars.of(5).lowerBy(2)).contains(Stars.of(3));
		assertThat(Stars.of(1).lowerBy(1)).isEmpty();
		assertThat(Stars.of(4).compareTo(Stars.of(3))).isPositive();
	}

	@Test
	void shouldWriteStars() {
		assertThat(Stars.of(3).symbols()).isEqualTo("★★★");
		assertThat(Stars.of(3).outOfFive()).isEqualTo("★★★☆☆");
		assertThat(Stars.of(5).outOfFive()).isEqualTo("★★★★★");
		assertThat(Stars.of(4)).hasToString("4★");
		assertThat(Stars.symbols(0)).isEmpty();
		assertThat(Stars.outOfFive(0)).isEqualTo("☆☆☆☆☆");
		var stars = new StarsFormat();
		assertThat(stars.symbols(2)).isEqualTo("★★");
		assertThat(stars.symbols(null)).isEmpty();
		assertThat(stars.outOfFive(null)).isEqualTo("☆☆☆☆☆");
	}
}
