package vn.ocop.evaluation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.ocop.criteria.CriteriaApi;
import vn.ocop.criteria.Scorecard;
import vn.ocop.evaluation.AttendanceStatus;
import vn.ocop.evaluation.CouncilProcedure;
import vn.ocop.evaluation.CouncilView;
import vn.ocop.evaluation.EvaluationResults;
import vn.ocop.evaluation.EvaluationStatus;
import vn.ocop.evaluation.EvaluationView;
import vn.ocop.evaluation.MarkedCriterion;
import vn.ocop.evaluation.MemberRole;
import vn.ocop.evaluation.Progress;
import vn.ocop.evaluation.SessionProgress;

/**
 * What the session page shows, by who looks at it: the progress matrix and the procedure to record for the chair
 * and the secretary, each scoring member's own products, and the results once the session is closed.
 */
@Component
class SessionPageModel {

	private final SessionProgress sessionProgress;
	private final CouncilProcedure procedure;
	private final EvaluationResults results;
	private final CriteriaApi criteria;
	private final EvaluationWebSupport support;

	SessionPageModel(SessionProgress sessionProgress, CouncilProcedure procedure, EvaluationResults results,
			CriteriaApi criteria, EvaluationWebSupport support) {
		this.sessionProgress = sessionProgress;
		this.procedure = procedure;
		this.results = results;
		this.criteria = criteria;
		this.support = support;
	}

	/** Fills the model of the session page (and of its live progress fragment). */
	void fill(EvaluationView session, CouncilView council, Model model) {
		Progress progress = sessionProgress.progress(session.id());
		boolean member = support.roleIn(council).isPresent();
		boolean scores = support.scores(council);
		boolean runs = support.runs(council);
		Map<String, String> names = support.displayNames(council);
		model.addAttribute("sitting", session);
		model.addAttribute("council", council);
		model.addAttribute("progress", progress);
		model.addAttribute("names", names);
		model.addAttribute("criteriaCounts", criteriaCounts(session));
		model.addAttribute("scores", scores);
		model.addAttribute("showMatrix", runs || !member);
		model.addAttribute("mayClose", runs && session.status() == EvaluationStatus.OPEN);
		model.addAttribute("open", session.status() == EvaluationStatus.OPEN);
		model.addAttribute("now", support.now());
		model.addAttribute("chair", support.roleIn(council).filter(r -> r == MemberRole.CHAIR).isPresent());
		model.addAttribute("attendanceStatuses", AttendanceStatus.values());
		model.addAttribute("presentCount", council.members().stream().filter(m -> m.role().scores())
				.filter(m -> session.attendanceOf(m.username()) == AttendanceStatus.PRESENT).count());
		model.addAttribute("scoringCount", council.members().stream().filter(m -> m.role().scores()).count());
		model.addAttribute("quorumCount", session.rules().quorumOf(council.members().stream().filter(m -> m.role().scores()).count()));
		if (runs && session.status() == EvaluationStatus.OPEN) {
			List<ProcedureRow> procedure = new ArrayList<>();
			for (EvaluationView.Item item : session.items()) {
				Scorecard scorecard = criteria.scorecard(item.scorecardCode()).orElse(null);
				Progress.Row row = progress.rows().stream().filter(r -> r.productId().equals(item.productId())).findFirst()
						.orElse(null);
				List<MarkedCriterion> differing = this.procedure.markedCriteria(session.id(), item.productId()).stream()
						.filter(MarkedCriterion::membersDiffer).toList();
				List<Scorecard.Case> cases = scorecard == null ? List.of() : scorecard.criteria()
						.filter(Scorecard.Criterion::hasCases).findFirst().map(Scorecard.Criterion::cases).orElse(List.of());
				procedure.add(new ProcedureRow(item, scorecard, row, differing, cases));
			}
			model.addAttribute("procedure", procedure);
		}
		if (scores) {
			String me = support.user().username();
			List<MyProduct> mine = new ArrayList<>();
			for (Progress.Row row : progress.rows()) {
				Progress.Cell cell = row.cells().stream().filter(c -> c.username().equals(me)).findFirst()
						.orElse(new Progress.Cell(me, Progress.State.NOT_STARTED, null, 0, 0));
				EvaluationView.Item item = session.items().stream().filter(i -> i.productId().equals(row.productId()))
						.findFirst().orElseThrow();
				mine.add(new MyProduct(item, cell, row.divergent()));
			}
			model.addAttribute("mine", mine);
		}
		if (session.status() == EvaluationStatus.CLOSED) {
			var results = this.results.results(session.id());
			model.addAttribute("results", results);
			Set<String> usernames = new LinkedHashSet<>(names.keySet());
			results.results().forEach(r -> r.members().forEach(m -> usernames.add(m.username())));
			model.addAttribute("names", support.displayNames(usernames));
		}
	}

	/**
	 * A product's procedure as the chair and the secretary record it: the case, the disqualifier check, the
	 * divergence and the marked criteria on which members differ.
	 */
	record ProcedureRow(EvaluationView.Item item, @Nullable Scorecard scorecard, Progress.@Nullable Row row,
			List<MarkedCriterion> differing, List<Scorecard.Case> cases) {
	}

	/** A product of the session as one scoring member sees it. */
	record MyProduct(EvaluationView.Item item, Progress.Cell cell, boolean divergent) {
	}

	/** How many criteria each product's scorecard has, by product. */
	private Map<UUID, Long> criteriaCounts(EvaluationView session) {
		Map<String, Long> byScorecard = new LinkedHashMap<>();
		Map<UUID, Long> counts = new LinkedHashMap<>();
		for (EvaluationView.Item item : session.items()) {
			counts.put(item.productId(), byScorecard.computeIfAbsent(item.scorecardCode(),
					code -> criteria.scorecard(code).map(s -> s.criteria().count()).orElse(0L)));
		}
		return counts;
	}
}
