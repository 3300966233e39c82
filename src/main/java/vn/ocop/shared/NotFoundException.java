package vn.ocop.shared;

/**
 * A requested record does not exist, or is outside the caller's scope (which must not be revealed).
 * Rendered as 404 on pages and as problem+json in the API.
 */
public class NotFoundException extends RuntimeException {

	private final String messageCode;
	private final Object[] arguments;

	public NotFoundException(String messageCode, Object... arguments) {
		super(messageCode);
		this.messageCode = messageCode;
		this.arguments = arguments;
	}

	public String messageCode() {
		return messageCode;
	}

	public Object[] arguments() {
		return arguments;
	}
}
