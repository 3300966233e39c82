package vn.ocop.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.criteria.Scorecard;

/**
 * A session's live progress (the matrix the chair and the secretary follow): who scored what, running means,
 * divergences and how they stand, criteria with star markers still undecided, members still to score, the
 * disqualifier checks, the quorum, and whether the session may close.
 */
@Service
@Transactional(readOnly = true)
public class SessionProgress {

	private final MemberScorings scorings;
	private final ConflictDeclarations conflicts;
	private final EvaluationAccess access;

	SessionProgress(MemberScorings scorings, ConflictDeclarations conflicts, EvaluationAccess access) {
		this.scorings = scorings;
		this.conflicts = conflicts;
		this.access = access;
	}

	public Progress progress(UUID evaluationId) {
		var evaluation = access.evaluation(evaluationId);
		var council = access.council(evaluation.getCouncilId());
		access.requireSee(council);
		var all = scorings.findByEvaluationId(evaluationId);
		var declared = conflicts.findByEvaluationId(evaluationId);
		List<String> members = council.scoringMembers().stream().map(CouncilMember::username).toList();
		int threshold = evaluation.getRules().spreadThreshold();
		boolean quorum = evaluation.quorum(council);
		List<Progress.Row> rows = new ArrayList<>();
		boolean ready = evaluation.getStatus() == EvaluationStatus.OPEN && quorum;
		for (EvaluationItem item : evaluation.getItems()) {
			var forProduct = Submissions.of(all, item.getProductId());
			Set<String> conflicted = Submissions.conflicted(declared, item.getProductId());
			List<Progress.Cell> cells = new ArrayList<>();
			for (String member : members) {
				cells.add(cell(member, forProduct, conflicted));
			}
			var submitted = Submissions.latest(forProduct);
			BigDecimal mean = submitted.isEmpty() ? null
					: ScoreCalculator.mean(submitted.values().stream().mapToInt(MemberScoring::getTotal).sum(), submitted.size());
			boolean divergent = Submissions.divergent(submitted, threshold);
			boolean settled = !divergent || item.getDivergenceRecord() != null;
			Scorecard scorecard = access.scorecard(item.getScorecardCode());
			List<String> undecided = ScoreCalculator.undecided(scorecard, Submissions.picks(submitted), item.agreedAnswers());
			List<String> missing = item.isDisqualified() ? List.of()
					: Submissions.missingScorers(evaluation, council, submitted, conflicted);
			boolean checked = scorecard.disqualifiers().isEmpty() || item.disqualifiersChecked();
			rows.add(new Progress.Row(item.getProductId(), item.getProductName(), cells, mean, divergent, quorum, settled,
					undecided, missing, item.isDisqualified(), checked));
			ready &= item.isDisqualified()
					|| (!submitted.isEmpty() && missing.isEmpty() && settled && undecided.isEmpty() && checked);
		}
		return new Progress(evaluationId, evaluation.getStatus(), members, rows, ready, evaluation.attendanceRecorded(),
				quorum, evaluation.getRules());
	}

	/** Where one member stands on one product: a conflict declared, not started, a draft or submitted. */
	private static Progress.Cell cell(String member, List<MemberScoring> forProduct, Set<String> conflicted) {
		if (conflicted.contains(member)) {
			return new Progress.Cell(member, Progress.State.CONFLICT, null, 0, 0);
		}
		var latest = forProduct.stream().filter(s -> s.getUsername().equals(member))
				.max(Comparator.comparingInt(MemberScoring::getRound));
		if (latest.isEmpty()) {
			return new Progress.Cell(member, Progress.State.NOT_STARTED, null, 0, 0);
		}
		var s = latest.get();
		return new Progress.Cell(member, s.isSubmitted() ? Progress.State.SUBMITTED : Progress.State.DRAFT, s.getTotal(),
				s.selections().size(), s.getRound());
	}
}
