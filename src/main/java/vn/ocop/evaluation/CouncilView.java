package vn.ocop.evaluation;

import java.util.List;
import java.util.UUID;

/**
 * A council as listed, with its operating rules.
 */
public record CouncilView(UUID id, CouncilLevel level, String unitCode, int year, String name,
		List<CouncilMember> members, CouncilRules rules) {
}
