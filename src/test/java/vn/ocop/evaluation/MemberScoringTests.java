package vn.ocop.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ocop.evaluation.Rules.conflict;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import vn.ocop.criteria.Scorecard;
import vn.ocop.shared.BusinessRuleException;

/**
 * One member's scorecard without Spring: picks merged as the member goes and refused as a whole when any does not
 * fit, submitted once with every criterion that must be answered, and a new round only after submitting and within
 * the council's re-scorings.
 */
class MemberScoringTests {

	static final Instant NOW = CouncilTests.NOW;
	static final Scorecard SCORECARD = Rules.small();

	final MemberScoring scoring = new MemberScoring(UUID.randomUUID(), UUID.randomUUID(), "c2", 1, Map.of(), NOW);

	static Map<String, @Nullable Integer> picks(Object... pairs) {
		Map<String, @Nullable Integer> picks = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			picks.put((String) pairs[i], (Integer) pairs[i + 1]);
		}
		return picks;
	}

	@Test
	void shouldMergePicksAndKeepTheRunningTotal() {
		scoring.pick(picks("A1", 2, "A2", 2), SCORECARD, 1, NOW);
		assertThat(scoring.getTotal()).isEqualTo(9);
		scoring.pick(picks("A3", 2, "A2", null), SCORECARD, 1, NOW);
		assertThat(scoring.selections()).containsOnlyKeys("A1", "A3");
		assertThat(scoring.getTotal()).isEqualTo(8);
		assertThat(scoring.toView(SCORECARD, 1).answered()).isEqualTo(2);
	}

	@Test
	void shouldRefuseEveryPickThatDoesNotFitAndKeepNone() {
		assertThatThrownBy(() -> scoring.pick(picks("A1", 2, "ZZ", 1, "A1x", 1, "A2", 9, "A3", 3), SCORECARD, 1, NOW))
				.isInstanceOfSatisfying(BusinessRuleException.class, e -> {
					assertThat(e.messageCode()).isEqualTo("evaluation.scoring.unknown");
					assertThat(e.properties().get("unknownCriteria")).asList().containsExactlyInAnyOrder("ZZ", "A1x");
					// A3=3 is an option of the household businesses' case only
					assertThat(e.properties().get("unknownOptions")).asList().containsExactlyInAnyOrder("A2=9", "A3=3");
				});
		assertThat(scoring.selections()).isEmpty();
		scoring.pick(picks("A3", 3), SCORECARD, 2, NOW);
		assertThat(scoring.getTotal()).isEqualTo(3);
	}

	@Test
	void shouldSubmitOnceWithEveryCriterionThatMustBeAnswered() {
		scoring.pick(picks("A1", 2), SCORECARD, 1, NOW);
		assertThatThrownBy(() -> scoring.submit(SCORECARD, 1, NOW)).isInstanceOfSatisfying(BusinessRuleException.class,
				e -> assertThat(e.properties().get("unanswered")).asList().containsExactly("A3"));
		scoring.pick(picks("A3", 1), SCORECARD, 1, NOW);
		// the tick-list criterion A2 stays unticked: 0 points
		scoring.submit(SCORECARD, 1, NOW.plusSeconds(5));
		assertThat(scoring.isSubmitted()).isTrue();
		assertThat(scoring.getTotal()).isEqualTo(5);
		conflict(() -> scoring.pick(picks("A2", 2), SCORECARD, 1, NOW), "evaluation.scoring.submitted");
		conflict(() -> scoring.submit(SCORECARD, 1, NOW), "evaluation.scoring.submitted");
		assertThat(MemberScoring.requiresAnswer(SCORECARD.criterion("A2").orElseThrow(), 1)).isFalse();
	}

	@Test
	void shouldStartANewRoundFromTheSubmittedPicksWithinTheRescoringsAllowed() {
		scoring.pick(picks("A1", 2, "A3", 1), SCORECARD, 1, NOW);
		conflict(() -> scoring.nextRound(1, NOW), "evaluation.scoring.nothingToRescore");
		scoring.submit(SCORECARD, 1, NOW);
		MemberScoring second = scoring.nextRound(1, NOW.plusSeconds(60));
		assertThat(second.getRound()).isEqualTo(2);
		assertThat(second.isSubmitted()).isFalse();
		assertThat(second.selections()).isEqualTo(scoring.selections());
		second.pick(Map.of(), SCORECARD, 1, NOW);
		assertThat(second.getTotal()).isEqualTo(scoring.getTotal());
		second.submit(SCORECARD, 1, NOW);
		conflict(() -> second.nextRound(1, NOW), "evaluation.scoring.noMoreRescoring");
		assertThat(second.nextRound(2, NOW).getRound()).isEqualTo(3);
	}
}
