package vn.ocop.criteria;

import java.util.List;

import vn.ocop.shared.ImportProblems.Problem;

/**
 * An uploaded scorecard file made into a draft: the draft (with every problem of its document), and what of the file
 * was replaced by the product set's own values (the format, the regulation, the set's code), to tell the office.
 */
public record ScorecardImport(ScorecardDraftView draft, List<Problem> replaced) {

	public ScorecardImport {
		replaced = List.copyOf(replaced);
	}
}
