package vn.ocop.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import vn.ocop.criteria.Regulation;
import vn.ocop.criteria.Scorecard;
import vn.ocop.shared.BusinessRuleException;

/**
 * The council's arithmetic on real scorecards (1048-01, 26-2026-24 "Cây cảnh", 148-09 "nước mắm"): members'
 * totals, the mean to two decimals, stars at the band edges, the star minimums capping the band (judged on the
 * council's agreed answer), tick-list criteria left unticked, divergence; and who recognises which stars under each
 * regulation.
 */
class ScoreCalculatorTests {

	static final Scorecard SCORECARD = Scorecards.real1048_01();
	static final Scorecard CAY_CANH = Scorecards.real("26-2026-24-cay-canh.json");

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
	void shouldRankAtTheHalfOpenBandEdgesOfA2026Scorecard() {
		// 26/2026 Điều 3.3: "từ 70 đến dưới 90" — 89.5 is 4★, 69.5 is 3★ (every star minimum met)
		assertThat(score2026(90, 89)).satisfies(r -> {
			assertThat(r.score()).isEqualByComparingTo("89.50");
			assertThat(r.stars()).isEqualTo(4);
			assertThat(r.capped()).isFalse();
		});
		assertThat(score2026(90, 90).stars()).isEqualTo(5);
		assertThat(score2026(70, 69)).satisfies(r -> {
			assertThat(r.score()).isEqualByComparingTo("69.50");
			assertThat(r.stars()).isEqualTo(3);
		});
		assertThat(score2026(70, 70).stars()).isEqualTo(4);
	}

	@Test
	void shouldCapFourStarsToThreeWhenTheCouncilLeavesAFourStarMinimumUnticked() {
		// 26-2026-24 A1.5 "Sử dụng lao động": a tick-list (1, 2 or 3 points), option 1 marked ****
		Map<String, Integer> picks = eighty();
		assertThat(ScoreCalculator.total(CAY_CANH, picks)).isEqualTo(80);
		var result = ScoreCalculator.score(CAY_CANH, List.of(new ScoreCalculator.Picks("a", 1, picks),
				new ScoreCalculator.Picks("b", 1, picks), new ScoreCalculator.Picks("c", 1, picks)));
		assertThat(result.score()).isEqualByComparingTo("80.00");
		assertThat(result.bandStars()).isEqualTo(4);
		assertThat(result.stars()).isEqualTo(3);
		assertThat(result.capped()).isTrue();
		assertThat(result.cappedBy()).singleElement().satisfies(s -> {
			assertThat(s.criterion()).isEqualTo("A1.5");
			assertThat(s.stars()).isEqualTo(4);
			assertThat(s.requiredOption()).isEqualTo(1);
			assertThat(s.agreedOption()).isNull();
		});
		assertThat(result.nextStarShortfalls()).extracting(ProductScore.Shortfall::criterion).containsExactly("A1.5");
		assertThat(result.agreedAnswers()).filteredOn(a -> a.criterion().equals("A1.5")).singleElement()
				.satisfies(a -> assertThat(a.source()).isEqualTo(ProductScore.AgreedAnswer.Source.UNANIMOUS));

		// ticking option 1 (1 point more) lifts the cap: 81 points, 4★
		picks.put("A1.5", 1);
		var ticked = ScoreCalculator.score(CAY_CANH, List.of(new ScoreCalculator.Picks("a", 1, picks)));
		assertThat(ticked.stars()).isEqualTo(4);
		assertThat(ticked.cappedBy()).isEmpty();
	}

	@Test
	void shouldLetATickListCriterionStayUntickedForZeroPoints() {
		var a15 = CAY_CANH.criterion("A1.5").orElseThrow();
		var a16 = CAY_CANH.criterion("A1.6").orElseThrow();
		assertThat(a15.isTickList()).isTrue();
		assertThat(MemberScoring.requiresAnswer(a15, 1)).isFalse();
		assertThat(MemberScoring.requiresAnswer(a16, 1)).isTrue();
		var scoring = new MemberScoring(UUID.randomUUID(), UUID.randomUUID(), "a", 1, Map.of(), Instant.EPOCH);
		Map<String, Integer> picks = new HashMap<>(Scorecards.best(CAY_CANH));
		picks.remove("A1.5");
		picks.remove("A1.6");
		scoring.pick(new HashMap<>(picks), CAY_CANH, 1, Instant.EPOCH);
		assertThat(scoring.unanswered(CAY_CANH, 1)).containsExactly("A1.6");
		assertThatThrownBy(() -> scoring.submit(CAY_CANH, 1, Instant.EPOCH)).isInstanceOf(BusinessRuleException.class);
		scoring.pick(Map.of("A1.6", 2), CAY_CANH, 1, Instant.EPOCH);
		scoring.submit(CAY_CANH, 1, Instant.EPOCH);
		assertThat(scoring.getTotal()).isEqualTo(97);
		assertThat(scoring.isSubmitted()).isTrue();
	}

	@Test
	void shouldTakeTheCouncilsAnswerOnAMarkedCriterionFromTheMajorityOrTheChair() {
		Map<String, Integer> unticked = eighty();
		Map<String, Integer> ticked = new HashMap<>(unticked);
		ticked.put("A1.5", 1);
		// two of three ticked the 4★ minimum: the majority's answer counts
		var majority = ScoreCalculator.score(CAY_CANH, List.of(new ScoreCalculator.Picks("a", 1, ticked),
				new ScoreCalculator.Picks("b", 1, ticked), new ScoreCalculator.Picks("c", 1, unticked)));
		assertThat(majority.score()).isEqualByComparingTo("80.67");
		assertThat(majority.stars()).isEqualTo(4);
		assertThat(majority.agreedAnswers()).filteredOn(a -> a.criterion().equals("A1.5")).singleElement()
				.satisfies(a -> {
					assertThat(a.source()).isEqualTo(ProductScore.AgreedAnswer.Source.MAJORITY);
					assertThat(a.option()).isEqualTo(1);
				});
		// one each: no majority, the chair must record the council's answer before the session closes
		var split = List.of(new ScoreCalculator.Picks("a", 1, ticked), new ScoreCalculator.Picks("b", 1, unticked));
		assertThat(ScoreCalculator.undecided(CAY_CANH, split, Map.of())).containsExactly("A1.5");
		assertThatThrownBy(() -> ScoreCalculator.score(CAY_CANH, split, Map.of(), 10)).isInstanceOf(IllegalStateException.class);
		assertThat(ScoreCalculator.score(CAY_CANH, split, Map.of("A1.5", 1), 10).stars()).isEqualTo(4);
		var none = ScoreCalculator.score(CAY_CANH, split, Map.of("A1.5", 0), 10);
		assertThat(none.stars()).isEqualTo(3);
		assertThat(none.agreedAnswers()).filteredOn(a -> a.criterion().equals("A1.5")).singleElement()
				.satisfies(a -> assertThat(a.source()).isEqualTo(ProductScore.AgreedAnswer.Source.CHAIR));
	}

	@Test
	void shouldApplyA148MinimumMarkedOnTheCriterionHeading() {
		// 148-09 A3.6 "Sở hữu trí tuệ****": one of its options must be met for 4★
		Scorecard nuocMam = Scorecards.real("148-09-tuong-nuoc-mam-gia-vi-dang-long-khac.json");
		var a36 = nuocMam.criterion("A3.6").orElseThrow();
		assertThat(a36.minimumForStars()).isEqualTo(4);
		assertThat(a36.meetsMinimumFor(3, null)).isTrue();
		assertThat(a36.meetsMinimumFor(4, null)).isFalse();
		assertThat(a36.meetsMinimumFor(4, 1)).isTrue();
		Map<String, Integer> picks = new HashMap<>(Scorecards.best(nuocMam));
		picks.remove("A3.6");
		var result = ScoreCalculator.score(nuocMam, List.of(new ScoreCalculator.Picks("a", 1, picks)));
		assertThat(result.score()).isEqualByComparingTo("98.00");
		assertThat(result.bandStars()).isEqualTo(5);
		assertThat(result.stars()).isEqualTo(3);
	}

	/** 26-2026-24, 80 points: the best options, A1.5 left unticked and unmarked criteria lowered. */
	private static Map<String, Integer> eighty() {
		Map<String, Integer> picks = new HashMap<>(Scorecards.best(CAY_CANH));
		picks.remove("A1.5"); // 100 - 3
		picks.put("B1.1", 1); // - 4
		picks.put("A1.1", 1); // - 3
		picks.put("A1.2", 1); // - 3
		picks.put("A1.3", 1); // - 2
		picks.put("A3.1", 1); // - 2
		picks.put("A3.3", 1); // - 2
		picks.put("C1.4", 2); // - 1 = 80
		return picks;
	}

	/** Members' totals on 26-2026-24, lowered on criteria without star markers only. */
	private static ProductScore score2026(int... totals) {
		List<ScoreCalculator.Picks> picks = new ArrayList<>();
		for (int i = 0; i < totals.length; i++) {
			var selections = unmarkedDownTo(CAY_CANH, totals[i]);
			assertThat(ScoreCalculator.total(CAY_CANH, selections)).isEqualTo(totals[i]);
			picks.add(new ScoreCalculator.Picks("member" + i, 1, selections));
		}
		return ScoreCalculator.score(CAY_CANH, picks);
	}

	static Map<String, Integer> unmarkedDownTo(Scorecard scorecard, int total) {
		Map<String, Integer> picks = new HashMap<>(Scorecards.best(scorecard));
		int remaining = scorecard.maxPoints() - total;
		for (Scorecard.Criterion criterion : scorecard.criteria().filter(c -> c.markedStarLevels().isEmpty()).toList()) {
			int max = criterion.maxPoints();
			Scorecard.Option chosen = criterion.option(picks.get(criterion.code())).orElseThrow();
			for (Scorecard.Option option : criterion.options()) {
				int cut = max - option.points();
				if (cut <= remaining && cut > max - chosen.points()) {
					chosen = option;
				}
			}
			remaining -= max - chosen.points();
			picks.put(criterion.code(), chosen.code());
		}
		if (remaining != 0) {
			throw new IllegalArgumentException("Cannot reach " + total);
		}
		return picks;
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
