package vn.ocop.evaluation;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The scorecards that count for one product of a session: each member's latest submitted round, whether their
 * totals diverge, and who among the members present has still to score it.
 */
final class Submissions {

	private Submissions() {
	}

	/** Each member's latest submitted scorecard. */
	static Map<String, MemberScoring> latest(List<MemberScoring> forProduct) {
		Map<String, MemberScoring> latest = new HashMap<>();
		for (MemberScoring scoring : forProduct) {
			if (scoring.isSubmitted()) {
				latest.merge(scoring.getUsername(), scoring, (a, b) -> a.getRound() >= b.getRound() ? a : b);
			}
		}
		return latest;
	}

	/** Whether at least two members' totals lie further apart than the threshold. */
	static boolean divergent(Map<String, MemberScoring> submitted, int threshold) {
		if (submitted.size() < 2) {
			return false;
		}
		int max = submitted.values().stream().mapToInt(MemberScoring::getTotal).max().orElse(0);
		int min = submitted.values().stream().mapToInt(MemberScoring::getTotal).min().orElse(0);
		return max - min > threshold;
	}

	/** The members' picks in the order of their accounts, for the calculator. */
	static List<ScoreCalculator.Picks> picks(Map<String, MemberScoring> submitted) {
		return submitted.values().stream().sorted(Comparator.comparing(MemberScoring::getUsername))
				.map(s -> new ScoreCalculator.Picks(s.getUsername(), s.getRound(), s.selections())).toList();
	}

	/** The scorecards of one product. */
	static List<MemberScoring> of(List<MemberScoring> all, UUID productId) {
		return all.stream().filter(s -> s.getProductId().equals(productId)).toList();
	}

	/** The members who declared a conflict of interest on one product. */
	static Set<String> conflicted(List<ConflictDeclaration> declared, UUID productId) {
		return declared.stream().filter(c -> c.getProductId().equals(productId)).map(ConflictDeclaration::getUsername)
				.collect(Collectors.toSet());
	}

	/** The members present who neither submitted a scorecard for the product nor declared a conflict. */
	static List<String> missingScorers(Evaluation evaluation, Council council, Map<String, MemberScoring> submitted,
			Set<String> conflicted) {
		if (!evaluation.attendanceRecorded()) {
			return List.of();
		}
		return council.scoringMembers().stream().map(CouncilMember::username)
				.filter(u -> evaluation.attendanceOf(u).map(AttendanceStatus::takesPart).orElse(false))
				.filter(u -> !submitted.containsKey(u) && !conflicted.contains(u)).toList();
	}
}
