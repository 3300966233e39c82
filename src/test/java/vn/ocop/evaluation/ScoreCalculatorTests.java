package vn.ocop.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import vn.ocop.criteria.Regulation;
import vn.ocop.criteria.Scorecard;

/**
 * The council's arithmetic on the real scorecard 1048-01: members' totals, the mean to two decimals, stars at
 * the band edges, divergence and mandatory criteria; and who recognises which stars under each regulation.
 */
class ScoreCalculatorTests {

	static final Scorecard SCORECARD = Scorecards.real1048_01();

	@Test
	void shouldAddUpAHandPickedScorecardExactly() {
		var result = ScoreCalculator.score(SCORECARD, List.of(new ScoreCalculator.Picks("council1", 1, Scorecards.handPicked62())));
		assertThat(result.members()).singleElement().satisfies(m -> assertThat(m.total()).isEqualTo(62));
		assertThat(result.parts()).containsEntry("A", new BigDecimal("24.00")).containsEntry("B", new BigDecimal("14.00"))
				.containsEntry("C", new BigDecimal("24.00"));
		assertThat(result.groups()).containsEntry("A1", new BigDecimal("11.00")).containsEntry("C1", new BigDecimal("13.00"));
		assertThat(result.score()).isEqualByComparingTo("62.00");
		assertThat(result.stars()).isEqualTo(3);
	}

	@Test
	void shouldTakeTheMeanOfSeveralMembersToTwoDecimals() {
		var result = score(62, 60, 64, 58, 67);
		assertThat(result.members()).extracting(ProductScore.MemberTotal::total).containsExactly(62, 60, 64, 58, 67);
		assertThat(result.score()).isEqualByComparingTo("62.20");
		assertThat(result.stars()).isEqualTo(3);
		assertThat(result.divergent()).isFalse();
		assertThat(score(70, 71, 71).score()).isEqualByComparingTo("70.67");
		assertThat(score(50, 50, 49).score()).isEqualByComparingTo("49.67");
	}

	@Test
	void shouldRankAtTheBandEdges() {
		assertThat(scoreOfHundredMembers(50, 49)).satisfies(r -> {
			assertThat(r.score()).isEqualByComparingTo("49.99");
			assertThat(r.stars()).isEqualTo(2);
		});
		assertThat(score(50, 50).stars()).isEqualTo(3);
		assertThat(scoreOfHundredMembers(70, 69)).satisfies(r -> {
			assertThat(r.score()).isEqualByComparingTo("69.99");
			assertThat(r.stars()).isEqualTo(3);
		});
		assertThat(score(70, 70).stars()).isEqualTo(4);
		assertThat(scoreOfHundredMembers(90, 89)).satisfies(r -> {
			assertThat(r.score()).isEqualByComparingTo("89.99");
			assertThat(r.stars()).isEqualTo(4);
		});
		assertThat(score(90, 90).stars()).isEqualTo(5);
		assertThat(score(29, 30).stars()).isEqualTo(1);
		assertThat(score(30, 30).stars()).isEqualTo(2);
	}

	@Test
	void shouldFlagTotalsMoreThanTenPointsApart() {
		assertThat(score(95, 80, 92).divergent()).isTrue();
		assertThat(score(90, 80).divergent()).isFalse();
		assertThat(score(91, 80).divergent()).isTrue();
	}

	@Test
	void shouldCapTheStarsWhenAMajorityFailsAMandatoryCriterion() {
		var criteria = new ArrayList<>(SCORECARD.parts().get(0).groups().get(0).criteria());
		var a12 = criteria.get(1);
		criteria.set(1, new Scorecard.Criterion(a12.code(), a12.name(), null, true, 3, a12.options()));
		var group = new Scorecard.Group("A1", "A1", criteria);
		var partA = new Scorecard.Part("A", "A", 35, List.of(group, SCORECARD.parts().get(0).groups().get(1),
				SCORECARD.parts().get(0).groups().get(2)));
		var withMandatory = new Scorecard("1048-01", "1048/QĐ-TTg", "x", List.of(partA, SCORECARD.parts().get(1),
				SCORECARD.parts().get(2)), SCORECARD.starBands());
		Map<String, Integer> failing = new HashMap<>(Scorecards.picksFor(withMandatory, 80));
		failing.put("A1.2", 1); // 0 points: fails the mandatory criterion
		var result = ScoreCalculator.score(withMandatory, List.of(new ScoreCalculator.Picks("a", 1, failing),
				new ScoreCalculator.Picks("b", 1, failing), new ScoreCalculator.Picks("c", 1, Scorecards.picksFor(withMandatory, 80))));
		assertThat(result.failedMandatory()).containsExactly("A1.2");
		assertThat(result.starsBeforeCap()).isEqualTo(4);
		assertThat(result.stars()).isEqualTo(2);
	}

	@Test
	void shouldFollowEachRegulationOnWhoRecognisesWhichStars() {
		var r1048 = new Regulation("1048/QĐ-TTg", "", java.time.LocalDate.of(2019, 8, 21), Map.of(), 36, List.of(
				new Regulation.Level("DISTRICT", "SCREEN", null, null, ""),
				new Regulation.Level("PROVINCE", "RECOGNISE", 3, 4, ""),
				new Regulation.Level("CENTRAL", "RECOGNISE", 5, 5, "")));
		var r148 = new Regulation("148/QĐ-TTg", "", java.time.LocalDate.of(2023, 2, 24), Map.of(), 36, List.of(
				new Regulation.Level("DISTRICT", "RECOGNISE", 3, 3, ""),
				new Regulation.Level("PROVINCE", "RECOGNISE", 4, 4, ""),
				new Regulation.Level("CENTRAL", "RECOGNISE", 5, 5, "")));
		assertThat(EscalationPolicy.decide(r1048, CouncilLevel.DISTRICT, 3)).isEqualTo(
				new EscalationPolicy.Decision(Outcome.ESCALATED, CouncilLevel.PROVINCE));
		assertThat(EscalationPolicy.decide(r1048, CouncilLevel.DISTRICT, 2).outcome()).isEqualTo(Outcome.NOT_RATED);
		assertThat(EscalationPolicy.decide(r1048, CouncilLevel.PROVINCE, 4).outcome()).isEqualTo(Outcome.RATED);
		assertThat(EscalationPolicy.decide(r1048, CouncilLevel.PROVINCE, 5)).isEqualTo(
				new EscalationPolicy.Decision(Outcome.ESCALATED, CouncilLevel.CENTRAL));
		assertThat(EscalationPolicy.decide(r148, CouncilLevel.DISTRICT, 3).outcome()).isEqualTo(Outcome.RATED);
		assertThat(EscalationPolicy.decide(r148, CouncilLevel.DISTRICT, 4)).isEqualTo(
				new EscalationPolicy.Decision(Outcome.ESCALATED, CouncilLevel.PROVINCE));
		assertThat(EscalationPolicy.decide(r148, CouncilLevel.PROVINCE, 5)).isEqualTo(
				new EscalationPolicy.Decision(Outcome.ESCALATED, CouncilLevel.CENTRAL));
		assertThat(EscalationPolicy.decide(r148, CouncilLevel.CENTRAL, 5).outcome()).isEqualTo(Outcome.RATED);
	}

	private static ProductScore score(int... totals) {
		List<ScoreCalculator.Picks> picks = new ArrayList<>();
		for (int i = 0; i < totals.length; i++) {
			var selections = Scorecards.picksFor(SCORECARD, totals[i]);
			assertThat(ScoreCalculator.total(SCORECARD, selections)).isEqualTo(totals[i]);
			picks.add(new ScoreCalculator.Picks("member" + i, 1, selections));
		}
		return ScoreCalculator.score(SCORECARD, picks);
	}

	/** 99 members at {@code most} and one at {@code last}: a mean just below a band edge. */
	private static ProductScore scoreOfHundredMembers(int most, int last) {
		int[] totals = IntStream.range(0, 100).map(i -> i < 99 ? most : last).toArray();
		return score(totals);
	}
}
