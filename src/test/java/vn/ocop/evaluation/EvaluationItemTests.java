package vn.ocop.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ocop.evaluation.Rules.conflict;
import static vn.ocop.evaluation.Rules.unprocessable;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.ocop.criteria.Scorecard;
import vn.ocop.shared.BusinessRuleException;

/**
 * A product on a session's agenda without Spring: the producer's case, the disqualifier check before scoring, the
 * chair's agreed answers and divergence record, and its result recorded once.
 */
class EvaluationItemTests {

	static final Instant NOW = CouncilTests.NOW;
	static final Scorecard SCORECARD = Rules.small();

	final EvaluationItem item = new EvaluationItem(UUID.randomUUID(), UUID.randomUUID(), "T-01", "Nhung hươu Hương Sơn",
			"HTX Hươu Sao", 1);

	@Test
	void shouldChooseTheProducersCaseBeforeAnyoneScores() {
		unprocessable(() -> item.chooseCase(3, SCORECARD, false), "evaluation.case.unknown");
		unprocessable(() -> item.chooseCase(0, SCORECARD, false), "evaluation.case.unknown");
		conflict(() -> item.chooseCase(2, SCORECARD, true), "evaluation.case.afterScoring");
		item.chooseCase(2, SCORECARD, false);
		assertThat(item.getApplicableCase()).isEqualTo(2);
	}

	@Test
	void shouldCheckTheDisqualifiersBeforeScoring() {
		conflict(() -> item.requireScorable(true), "evaluation.disqualifier.notChecked");
		item.requireScorable(false);
		unprocessable(() -> item.checkDisqualifiers(true, " ", false, NOW, "s1"), "evaluation.disqualifier.reasonRequired");
		conflict(() -> item.checkDisqualifiers(true, "Không có giấy phép", true, NOW, "s1"),
				"evaluation.disqualifier.afterScoring");

		item.checkDisqualifiers(false, "  ", false, NOW, "s1");
		assertThat(item.disqualifiersChecked()).isTrue();
		assertThat(item.isDisqualified()).isFalse();
		assertThat(item.getDisqualificationReason()).isNull();
		item.requireScorable(true);

		item.checkDisqualifiers(true, " Không có giấy phép ATTP ", false, NOW, "c1");
		assertThat(item.getDisqualificationReason()).isEqualTo("Không có giấy phép ATTP");
		assertThat(item.getDisqualifiersCheckedBy()).isEqualTo("c1");
		conflict(() -> item.requireScorable(true), "evaluation.disqualifier.disqualified");
	}

	@Test
	void shouldRecordOnlyAgreedAnswersOnMarkedCriteriaThatTheScorecardOffers() {
		Map<String, Integer> bad = new LinkedHashMap<>();
		bad.put("A1", 2); // no star marker
		bad.put("A2", 7); // no such option
		bad.put("ZZ", 1); // no such criterion
		assertThatThrownBy(() -> item.recordAgreedAnswers(bad, SCORECARD))
				.isInstanceOfSatisfying(BusinessRuleException.class, e -> {
					assertThat(e.messageCode()).isEqualTo("evaluation.agreed.invalid");
					assertThat(e.properties().get("invalid")).asList().containsExactly("A1=2", "A2=7", "ZZ=1");
				});
		unprocessable(() -> item.recordAgreedAnswers(Map.of(), SCORECARD), "evaluation.agreed.invalid");
		item.recordAgreedAnswers(Map.of("A2", 0), SCORECARD); // a tick-list criterion may stay unticked
		item.recordAgreedAnswers(Map.of("A2", 2), SCORECARD);
		assertThat(item.agreedAnswers()).containsExactly(Map.entry("A2", 2));
		assertThat(item.toView().agreedAnswers()).containsEntry("A2", 2);
	}

	@Test
	void shouldRecordTheChairsOutcomeOfADivergenceWithItsText() {
		unprocessable(() -> item.settleDivergence(" ", NOW, "c1"), "evaluation.divergence.recordRequired");
		item.settleDivergence(" Hội đồng thống nhất 72 điểm ", NOW, "c1");
		assertThat(item.getDivergenceRecord()).isEqualTo("Hội đồng thống nhất 72 điểm");
		assertThat(item.getDivergenceSettledBy()).isEqualTo("c1");
	}

	@Test
	void shouldRecordItsResultOnceAndKeepItInFull() {
		assertThat(item.result()).isNull();
		assertThatThrownBy(() -> item.record(ProductScore.disqualified("x"), Outcome.ESCALATED, null))
				.isInstanceOf(IllegalArgumentException.class);
		item.record(ProductScore.disqualified("Không có giấy phép"), Outcome.DISQUALIFIED, null);
		assertThat(item.getOutcome()).isEqualTo(Outcome.DISQUALIFIED);
		assertThat(item.getStars()).isNull();
		assertThat(item.result()).satisfies(r -> assertThat(r.isDisqualified()).isTrue());
		assertThatThrownBy(() -> item.record(ProductScore.disqualified("x"), Outcome.NOT_RATED, null))
				.isInstanceOf(IllegalStateException.class);
	}
}
