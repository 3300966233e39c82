package vn.ocop.registry;

/**
 * Whether a cycle still takes registrations and selections.
 */
public enum CycleStatus {
	OPEN, CLOSED
}
