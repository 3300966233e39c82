package vn.ocop.inspection;

/** Runs the aggregates' transitions for the use cases. */
final class Transitions {

	private Transitions() {
	}

	/** Runs an aggregate transition; its refusal (an illegal state) becomes a 409 with the given message. */
	static void guard(Runnable transition, String messageCode, Object state) {
		try {
			transition.run();
		}
		catch (IllegalStateException e) {
			throw vn.ocop.shared.BusinessRuleException.conflict(messageCode, state);
		}
	}
}
