package vn.ocop.evaluation;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A criterion carrying a star marker, as it stands for one product: what each member answered in the round that
 * counts (null: nothing ticked), and the council's answer so far.
 *
 * @param starLevels the star levels marked on it, lowest first
 * @param agreedOption the council's answer (null: nothing ticked, or no answer yet when {@code source} is null)
 * @param source {@code UNANIMOUS}, {@code MAJORITY} or {@code CHAIR}; null while the council has no answer
 * @param membersDiffer whether members picked different options
 */
public record MarkedCriterion(String code, String name, List<Integer> starLevels,
		Map<String, @Nullable Integer> memberOptions, @Nullable Integer agreedOption, @Nullable String source,
		boolean membersDiffer) {

	public boolean decided() {
		return source != null;
	}
}
