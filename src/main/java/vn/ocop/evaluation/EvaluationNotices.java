package vn.ocop.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.ocop.notification.Notice;
import vn.ocop.notification.Notifications;
import vn.ocop.registry.ProductLifecycle;
import vn.ocop.registry.ProductSummary;

/**
 * Hand-offs of the evaluation (issue 16): a session opened is announced to the council's members, with the link to
 * their scorecard (or to the session when it has several products); a session closed tells each product's producer
 * its result. Sent after the change is committed, from its event.
 */
@Component
class EvaluationNotices {

	private final Evaluations evaluations;
	private final Councils councils;
	private final ProductLifecycle products;
	private final Notifications notices;

	EvaluationNotices(Evaluations evaluations, Councils councils, ProductLifecycle products, Notifications notices) {
		this.evaluations = evaluations;
		this.councils = councils;
		this.products = products;
		this.notices = notices;
	}

	@ApplicationModuleListener
	void on(EvaluationOpened event) {
		var session = evaluations.findById(event.evaluationId()).orElse(null);
		var council = councils.findById(event.councilId()).orElse(null);
		if (session == null || council == null) {
			return;
		}
		List<EvaluationItem> items = session.getItems();
		String sessionLink = "/evaluation/sessions/" + session.getId();
		List<String> scoring = council.scoringMembers().stream().map(CouncilMember::username).toList();
		List<String> others = council.getMembers().stream().map(CouncilMember::username)
				.filter(u -> !scoring.contains(u)).toList();
		if (!scoring.isEmpty()) {
			String link = items.size() == 1 ? sessionLink + "/products/" + items.get(0).getProductId() : sessionLink;
			notices.send(Notice.to(scoring, "evaluation.session-opened", "evaluation.notice.sessionOpened", link,
					council.getName(), items.size()));
		}
		if (!others.isEmpty()) {
			notices.send(Notice.to(others, "evaluation.session-opened", "evaluation.notice.sessionOpenedToRun",
					sessionLink, council.getName(), items.size()));
		}
	}

	@ApplicationModuleListener
	void on(EvaluationClosed event) {
		var session = evaluations.findById(event.evaluationId()).orElse(null);
		if (session == null) {
			return;
		}
		Map<UUID, ProductSummary> summaries = products.summaries(event.productIds());
		for (EvaluationItem item : session.getItems()) {
			ProductSummary product = summaries.get(item.getProductId());
			Outcome outcome = item.getOutcome();
			if (product == null || outcome == null) {
				continue;
			}
			var accounts = products.producer(product.producerId()).accounts();
			if (accounts.isEmpty()) {
				continue;
			}
			String link = "/evaluation/products/" + product.id();
			String score = score(item.getScore());
			Notice notice = switch (outcome) {
				case RATED -> Notice.to(accounts, "evaluation.result", "evaluation.notice.rated", link, product.name(),
						score, item.getStars());
				case NOT_RATED -> Notice.to(accounts, "evaluation.result", "evaluation.notice.notRated", link,
						product.name(), score, item.getStars() == null ? 0 : item.getStars());
				case DISQUALIFIED -> Notice.to(accounts, "evaluation.result", "evaluation.notice.disqualified", link,
						product.name(), item.getDisqualificationReason() == null ? "" : item.getDisqualificationReason());
				case ESCALATED -> Notice.to(accounts, "evaluation.result",
						"evaluation.notice.escalated." + item.getEscalatedTo(), link, product.name(), score);
			};
			notices.send(notice);
		}
	}

	/** The mean as people write it in Vietnamese, with a decimal comma and two decimals (62,20). */
	private static String score(@Nullable BigDecimal score) {
		return score == null ? "" : score.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
	}
}
