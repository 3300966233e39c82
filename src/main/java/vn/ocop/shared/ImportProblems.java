package vn.ocop.shared;

import java.util.List;

/**
 * A file import that was refused as a whole, with every problem found, each naming its row.
 * Nothing of the file was written.
 */
public class ImportProblems extends RuntimeException {

	/** One problem: the 1-based row of the file (0 for the file as a whole), a message code and its arguments. */
	public record Problem(int row, String messageCode, List<Object> arguments) {
		public Problem(int row, String messageCode, Object... arguments) {
			this(row, messageCode, List.of(arguments));
		}
	}

	private final List<Problem> problems;

	public ImportProblems(List<Problem> problems) {
		super(problems.size() + " problem(s) in the imported file");
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}
}
