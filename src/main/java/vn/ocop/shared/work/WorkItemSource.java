package vn.ocop.shared.work;

import java.time.LocalDate;
import java.util.List;

/**
 * What one module has waiting for the signed-in user. Each business module implements it in its own package, with
 * its own idea of the current user and scope; the workspace collects every source into the user's work list, so it
 * needs to know none of them.
 */
public interface WorkItemSource {

	/**
	 * The items waiting for the signed-in user today; empty if the module has nothing for the user's roles. Must be
	 * read-only and cheap enough for a dashboard.
	 *
	 * @param today the day in the configured zone
	 */
	List<WorkItem> workItems(LocalDate today);
}
