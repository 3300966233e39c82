package vn.ocop.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.identity.AccessScope;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.shared.work.WorkItem;
import vn.ocop.shared.work.WorkItemSource;

/**
 * What open sessions have waiting for a council member (issue 16): the products they still have to score (or
 * declare a conflict on); for the chair, divergences and answers the council must settle; for the chair and the
 * secretary, the attendance to record, disqualifiers to check and a session ready to close; for the provincial
 * office, the central council's results to record for the products passed on to it.
 */
@Component
@Transactional(readOnly = true)
class EvaluationWorkItems implements WorkItemSource {

	private final Councils councils;
	private final Evaluations evaluations;
	private final SessionProgress sessionProgress;
	private final AccessScope scope;
	private final CentralCouncil central;
	private final vn.ocop.registry.ProductLifecycle products;

	EvaluationWorkItems(Councils councils, Evaluations evaluations, SessionProgress sessionProgress, AccessScope scope,
			CentralCouncil central, vn.ocop.registry.ProductLifecycle products) {
		this.councils = councils;
		this.evaluations = evaluations;
		this.sessionProgress = sessionProgress;
		this.scope = scope;
		this.central = central;
		this.products = products;
	}

	@Override
	public List<WorkItem> workItems(LocalDate today) {
		CurrentUser user = scope.requireCurrentUser();
		List<WorkItem> items = new ArrayList<>();
		if (user.has(Role.PROVINCE_ADMIN)) {
			// products passed on to the central council whose result the office is to record when it arrives
			List<java.util.UUID> waiting = central.awaitingResults();
			if (waiting.size() == 1) {
				items.add(WorkItem.of("evaluation.central-result", "work.evaluation.centralResultOne", null,
						"/evaluation/products/" + waiting.get(0), 1, products.summary(waiting.get(0)).name()));
			}
			else if (!waiting.isEmpty()) {
				items.add(WorkItem.of("evaluation.central-result", "work.evaluation.centralResultMany", null,
						"/evaluation/products/" + waiting.get(0), waiting.size(), waiting.size()));
			}
		}
		if (!user.has(Role.COUNCIL_MEMBER)) {
			return items;
		}
		String me = user.username();
		for (Council council : councils.findByMember(me)) {
			for (Evaluation session : evaluations.findByCouncilIdOrderByOpenedAtDesc(council.getId())) {
				if (session.getStatus() == EvaluationStatus.OPEN) {
					itemsOf(council, session, me, items);
				}
			}
		}
		return items;
	}

	private void itemsOf(Council council, Evaluation session, String me, List<WorkItem> items) {
		Progress progress = sessionProgress.progress(session.getId());
		String sessionLink = "/evaluation/sessions/" + session.getId();
		String name = council.getName();
		boolean scores = council.scoringMembers().stream().anyMatch(m -> m.username().equals(me));
		boolean away = session.attendanceOf(me).map(a -> !a.takesPart()).orElse(false);
		if (scores && !away) {
			List<Progress.Row> toScore = progress.rows().stream().filter(r -> !r.disqualified())
					.filter(r -> r.cells().stream().anyMatch(c -> c.username().equals(me)
							&& (c.state() == Progress.State.NOT_STARTED || c.state() == Progress.State.DRAFT)))
					.toList();
			if (toScore.size() == 1) {
				Progress.Row row = toScore.get(0);
				items.add(WorkItem.of("evaluation.to-score", "work.evaluation.scoreOne", null,
						sessionLink + "/products/" + row.productId(), 1, row.productName(), name));
			}
			else if (!toScore.isEmpty()) {
				items.add(WorkItem.of("evaluation.to-score", "work.evaluation.scoreMany", null, sessionLink,
						toScore.size(), toScore.size(), name));
			}
		}
		if (council.chair().equals(me)) {
			long divergences = progress.rows().stream().filter(r -> !r.disqualified())
					.filter(r -> (r.divergent() && !r.settled()) || (r.missing().isEmpty() && !r.undecided().isEmpty()))
					.count();
			if (divergences > 0) {
				items.add(WorkItem.of("evaluation.divergences", "work.evaluation.divergences", null, sessionLink,
						divergences, divergences, name));
			}
		}
		if (council.canRun(me)) {
			if (!progress.attendanceRecorded()) {
				items.add(WorkItem.of("evaluation.attendance", "work.evaluation.attendance", null, sessionLink, 1, name));
			}
			long unchecked = progress.rows().stream().filter(r -> !r.disqualifiersChecked()).count();
			if (unchecked > 0) {
				items.add(WorkItem.of("evaluation.disqualifiers", "work.evaluation.disqualifiers", null, sessionLink,
						unchecked, unchecked, name));
			}
			if (progress.readyToClose()) {
				items.add(WorkItem.of("evaluation.ready-to-close", "work.evaluation.readyToClose", null, sessionLink, 1,
						name));
			}
		}
	}
}
