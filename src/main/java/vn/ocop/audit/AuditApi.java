package vn.ocop.audit;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Reading the audit log. The log is append-only: entries are written by the audit module itself, in the same
 * transaction as the change they describe, and nobody updates or deletes them.
 */
public interface AuditApi {

	/**
	 * The changes of one record, newest first.
	 *
	 * @param entityType the simple class name of the entity, e.g. {@code UserAccount}
	 * @param entityId the record's identifier as text
	 */
	List<AuditRecord> history(String entityType, String entityId);

	/** The entries that match the filter, newest first (the page's sort is ignored). */
	Page<AuditRecord> search(AuditFilter filter, Pageable pageable);

	/** The entity types that have entries, alphabetically. */
	List<String> entityTypes();
}
