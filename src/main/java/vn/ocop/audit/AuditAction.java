package vn.ocop.audit;

/**
 * What happened to a record.
 */
public enum AuditAction {
	/** The record was created; the entry lists its initial values. */
	CREATED,
	/** The record was changed; the entry lists the changed values only. */
	UPDATED,
	/** The record was deleted; the entry lists its last values. */
	DELETED
}
