package vn.ocop.evaluation;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.ocop.criteria.Regulation;
import vn.ocop.shared.Stars;

/**
 * Who may recognise which star level follows the cycle's regulation (criteria/regulations.json): a screening level
 * passes products of 3★ and more on to the next level; a recognising level ranks the stars it may recognise and
 * passes higher results on to the level that recognises them.
 */
final class EscalationPolicy {

	record Decision(Outcome outcome, @Nullable CouncilLevel escalateTo) {
	}

	private EscalationPolicy() {
	}

	static Decision decide(Regulation regulation, CouncilLevel level, int stars) {
		if (!Stars.isCertifiable(stars)) {
			return new Decision(Outcome.NOT_RATED, null);
		}
		List<Regulation.Level> levels = regulation.levels();
		int index = indexOf(levels, level);
		if (index < 0) {
			throw new IllegalArgumentException(level + " has no role under " + regulation.code());
		}
		Regulation.Level rule = levels.get(index);
		if ("SCREEN".equals(rule.role())) {
			return index + 1 < levels.size()
					? new Decision(Outcome.ESCALATED, CouncilLevel.valueOf(levels.get(index + 1).level()))
					: new Decision(Outcome.RATED, null);
		}
		if (rule.maxStars() != null && stars > rule.maxStars()) {
			for (int i = index + 1; i < levels.size(); i++) {
				if (levels.get(i).recognises(stars)) {
					return new Decision(Outcome.ESCALATED, CouncilLevel.valueOf(levels.get(i).level()));
				}
			}
		}
		return new Decision(Outcome.RATED, null);
	}

	static boolean hasRole(Regulation regulation, CouncilLevel level) {
		return indexOf(regulation.levels(), level) >= 0;
	}

	private static int indexOf(List<Regulation.Level> levels, CouncilLevel level) {
		for (int i = 0; i < levels.size(); i++) {
			if (levels.get(i).level().equals(level.name())) {
				return i;
			}
		}
		return -1;
	}
}
