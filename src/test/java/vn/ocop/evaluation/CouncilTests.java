package vn.ocop.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.evaluation.Rules.unprocessable;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A council's invariants (exactly one chair, at least two scoring members, no account twice) and its operating
 * rules (quorum, spread threshold, re-scorings), without Spring.
 */
class CouncilTests {

	static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");

	static Council council(CouncilMember... members) {
		return new Council(CouncilLevel.PROVINCE, "42", 2026, "  Hội đồng tỉnh  ", List.of(members), NOW, "office");
	}

	static CouncilMember chair(String username) {
		return new CouncilMember(username, MemberRole.CHAIR);
	}

	static CouncilMember member(String username) {
		return new CouncilMember(username, MemberRole.MEMBER);
	}

	static CouncilMember secretary(String username) {
		return new CouncilMember(username, MemberRole.SECRETARY);
	}

	@Test
	void shouldSetUpACouncilUnderTheNationalRules() {
		Council council = council(chair("c1"), member("c2"), secretary("s1"));
		assertThat(council.getName()).isEqualTo("Hội đồng tỉnh");
		assertThat(council.getRules()).isEqualTo(CouncilRules.NATIONAL);
		assertThat(council.chair()).isEqualTo("c1");
		assertThat(council.scoringMembers()).extracting(CouncilMember::username).containsExactly("c1", "c2");
		assertThat(council.toView().members()).hasSize(3);
	}

	@Test
	void shouldHaveExactlyOneChair() {
		unprocessable(() -> council(member("c1"), member("c2")), "evaluation.council.oneChair");
		unprocessable(() -> council(chair("c1"), chair("c2")), "evaluation.council.oneChair");
	}

	@Test
	void shouldRefuseAnAccountTwiceAndACouncilWithoutAnotherScoringMember() {
		unprocessable(() -> council(chair("c1"), member("c1")), "evaluation.council.duplicateMember");
		unprocessable(() -> council(chair("c1"), secretary("s1")), "evaluation.council.tooSmall");
		Council council = council(chair("c1"), member("c2"));
		unprocessable(() -> council.appoint(List.of(chair("c1"))), "evaluation.council.tooSmall");
		assertThat(council.getMembers()).hasSize(2);
	}

	@Test
	void shouldLetTheChairAndTheSecretaryRunItsSessionsAndNotTheSecretaryScore() {
		Council council = council(chair("c1"), member("c2"), secretary("s1"));
		assertThat(council.canRun("c1")).isTrue();
		assertThat(council.canRun("s1")).isTrue();
		assertThat(council.canRun("c2")).isFalse();
		assertThat(council.canRun("stranger")).isFalse();
		assertThat(council.member("s1")).hasValueSatisfying(m -> assertThat(m.role().scores()).isFalse());
	}

	@Test
	void shouldAdoptOperatingRulesWithinTheirBoundsOnly() {
		Council council = council(chair("c1"), member("c2"));
		council.changeRules(new CouncilRules(60, false, 15, 2));
		assertThat(council.getRules()).isEqualTo(new CouncilRules(60, false, 15, 2));
		unprocessable(() -> council.changeRules(new CouncilRules(40, true, 10, 1)), "evaluation.rules.quorum");
		unprocessable(() -> council.changeRules(new CouncilRules(75, true, 0, 1)), "evaluation.rules.spread");
		unprocessable(() -> council.changeRules(new CouncilRules(75, true, 10, 6)), "evaluation.rules.rescorings");
		assertThat(council.getRules().quorumPercent()).isEqualTo(60);
	}

	@Test
	void shouldWorkOutTheQuorumFromTheRules() {
		CouncilRules rules = CouncilRules.NATIONAL;
		assertThat(rules.quorum(3, 4, true)).isTrue();
		assertThat(rules.quorum(2, 4, true)).isFalse();
		assertThat(rules.quorum(4, 4, false)).as("the chair is required").isFalse();
		assertThat(new CouncilRules(75, false, 10, 1).quorum(3, 4, false)).isTrue();
		assertThat(rules.quorum(0, 0, true)).isFalse();
		assertThat(rules.quorumOf(4)).isEqualTo(3);
		assertThat(rules.quorumOf(5)).isEqualTo(4);
		assertThat(new CouncilRules(75, null, 10, 1).validated().chairRequired()).isTrue();
	}
}
