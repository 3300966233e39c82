package vn.ocop.shared;

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

	public BusinessRuleException(Kind kind, String messageCode, Object... arguments) {
		this(kind, Map.of(), messageCode, arguments);
	}

	public BusinessRuleException(Kind kind, Map<String, Object> properties, String messageCode, Object... arguments) {
		super(messageCode);
		this.kind = kind;
		this.messageCode = messageCode;
		this.arguments = arguments;
		this.properties = Map.copyOf(properties);
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

	/** Extra members of the problem document, e.g. {@code missingDocuments}. */
	public Map<String, Object> properties() {
		return properties;
	}
}
