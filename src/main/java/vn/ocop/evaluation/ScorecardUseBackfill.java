package vn.ocop.evaluation;

import java.time.Instant;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.criteria.CriteriaApi;

/**
 * Tells the criteria catalogue, at start, which scorecard versions the sessions already in the database score on
 * (sessions opened before scorecards recorded their use); sessions opened later record it themselves.
 */
@Component
class ScorecardUseBackfill {

	private final Evaluations evaluations;
	private final CriteriaApi criteria;

	ScorecardUseBackfill(Evaluations evaluations, CriteriaApi criteria) {
		this.evaluations = evaluations;
		this.criteria = criteria;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.HIGHEST_PRECEDENCE + 20)
	@Transactional
	public void recordUses() {
		for (Object[] row : evaluations.firstUseOfScorecards()) {
			criteria.recordUse((String) row[0], (Instant) row[1]);
		}
	}
}
