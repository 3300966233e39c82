package vn.ocop.shared;

import java.util.List;
import java.util.Map;

/**
 * A request that is well formed but breaks a business rule (422), or conflicts with the current state of a
 * record (409). The message is a bundle code so that pages and the API can speak the user's language.
 */
public class BusinessRuleException extends RuntimeException {

	public enum Kind {
		/** 422: the request breaks a rule. */
		UNPROCESSABLE,
		/** 409: the request conflicts with the record's current state. */
		CONFLICT
	}

	private final Kind kind;
	private final String messageCode;
	private final Object[] arguments;
	private final Map<String, Object> properties;
	private final List<FieldProblem> fieldProblems;

	/** One bad field of a form or request, with the message that says what is wrong with it. */
	public record FieldProblem(String field, String messageCode, Object... arguments) {
	}

	public BusinessRuleException(Kind kind, String messageCode, Object... arguments) {
		this(kind, Map.of(), messageCode, arguments);
	}

	public BusinessRuleException(Kind kind, Map<String, Object> properties, String messageCode, Object... arguments) {
		super(messageCode);
		this.kind = kind;
		this.messageCode = messageCode;
		this.arguments = arguments;
		this.properties = Map.copyOf(properties);
		this.fieldProblems = List.of();
	}

	private BusinessRuleException(List<FieldProblem> problems) {
		super(problems.get(0).messageCode());
		this.kind = Kind.UNPROCESSABLE;
		this.messageCode = problems.get(0).messageCode();
		this.arguments = problems.get(0).arguments();
		this.properties = Map.of("field", problems.get(0).field());
		this.fieldProblems = List.copyOf(problems);
	}

	/**
	 * 422 naming every bad field at once (forms show them all together); the first one is the message and the
	 * {@code field} of the problem document, all of them its {@code errors}.
	 */
	public static BusinessRuleException invalidFields(List<FieldProblem> problems) {
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("At least one field problem");
		}
		return new BusinessRuleException(problems);
	}

	public static BusinessRuleException conflict(String messageCode, Object... arguments) {
		return new BusinessRuleException(Kind.CONFLICT, messageCode, arguments);
	}

	public static BusinessRuleException unprocessable(String messageCode, Object... arguments) {
		return new BusinessRuleException(Kind.UNPROCESSABLE, messageCode, arguments);
	}

	public Kind kind() {
		return kind;
	}

	public String messageCode() {
		return messageCode;
	}

	public Object[] arguments() {
		return arguments;
	}

	/** Every bad field when the request was refused for its fields ({@link #invalidFields}), else empty. */
	public List<FieldProblem> fieldProblems() {
		return fieldProblems;
	}

	/** Extra members of the problem document, e.g. {@code missingDocuments}. */
	public Map<String, Object> properties() {
		return properties;
	}
}
