package vn.ocop.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.evaluation.Rules.unprocessable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The central council's result as the office records it, without Spring: every field checked on entry, the score to
 * two decimals, and the event the registry follows; what the proposed stars lead to.
 */
class CentralResultTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
	static final LocalDate CLOSED = LocalDate.of(2026, 11, 20);
	static final Instant NOW = CouncilTests.NOW;

	final UUID product = UUID.randomUUID();
	final UUID session = UUID.randomUUID();

	CentralResult result(String score, int stars, LocalDate on, String reference) {
		return new CentralResult(product, session, score == null ? null : new BigDecimal(score), stars, on, reference,
				TODAY, CLOSED, NOW, "office");
	}

	@Test
	void shouldRefuseWhatTheMinutesCannotSay() {
		unprocessable(() -> result(null, 5, TODAY, "BB-01"), "evaluation.central.score");
		unprocessable(() -> result("100.5", 5, TODAY, "BB-01"), "evaluation.central.score");
		unprocessable(() -> result("-1", 3, TODAY, "BB-01"), "evaluation.central.score");
		unprocessable(() -> result("80", 0, TODAY, "BB-01"), "evaluation.central.stars");
		unprocessable(() -> result("80", 6, TODAY, "BB-01"), "evaluation.central.stars");
		unprocessable(() -> result("89.99", 5, TODAY, "BB-01"), "evaluation.central.fiveBelow90");
		unprocessable(() -> result("92", 5, TODAY.plusDays(1), "BB-01"), "evaluation.central.date");
		unprocessable(() -> result("92", 5, CLOSED.minusDays(1), "BB-01"), "evaluation.central.date");
		unprocessable(() -> result("92", 5, null, "BB-01"), "evaluation.central.date");
		unprocessable(() -> result("92", 5, TODAY, "  "), "evaluation.central.reference");
		unprocessable(() -> result("92", 5, TODAY, "x".repeat(201)), "evaluation.central.reference");
	}

	@Test
	void shouldRecordTheResultAndAnnounceIt() {
		CentralResult recorded = result("91.256", 5, CLOSED, " 15/BB-HĐTW ");
		CentralCouncilResult view = recorded.toView();
		assertThat(view.score()).isEqualByComparingTo("91.26");
		assertThat(view.minutesReference()).isEqualTo("15/BB-HĐTW");
		assertThat(view.proposesFiveStars()).isTrue();
		assertThat(view.provincialStars()).isZero();
		assertThat(EvaluationTests.events(recorded)).containsExactly(new CentralResultRecorded(view));
	}

	@Test
	void shouldLeadToTheProvincialChairsRecognitionBelowFiveStars() {
		assertThat(result("86", 4, TODAY, "BB").toView().provincialStars()).isEqualTo(4);
		assertThat(result("60", 3, TODAY, "BB").toView().provincialStars()).isEqualTo(3);
		assertThat(result("45", 2, TODAY, "BB").toView().provincialStars()).as("not recognised").isZero();
	}
}
