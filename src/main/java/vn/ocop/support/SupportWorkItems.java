package vn.ocop.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.shared.work.WorkItem;
import vn.ocop.shared.work.WorkItemSource;

/**
 * Support requests waiting (issue 16): for the commune or district officer in force, applications to check; for the
 * provincial office, checked requests to decide and approved ones to disburse; for a producer, support received
 * whose result is still to report.
 */
@Component
@Transactional(readOnly = true)
class SupportWorkItems implements WorkItemSource {

	private final SupportManagement support;
	private final SupportAccess access;

	SupportWorkItems(SupportManagement support, SupportAccess access) {
		this.support = support;
		this.access = access;
	}

	@Override
	public List<WorkItem> workItems(LocalDate today) {
		CurrentUser user = access.user();
		List<WorkItem> items = new ArrayList<>();
		if (SupportAccess.isOfficer(user)) {
			long toCheck = support.requests(RequestStatus.APPLIED).stream().filter(r -> support.mayCheck(r.id())).count();
			add(items, "support.to-check", "work.support.toCheck", "/support?status=APPLIED", toCheck);
			if (SupportAccess.isOffice(user)) {
				add(items, "support.to-decide", "work.support.toDecide", "/support?status=CHECKED",
						support.requests(RequestStatus.CHECKED).size());
				add(items, "support.to-disburse", "work.support.toDisburse", "/support?status=APPROVED",
						support.requests(RequestStatus.APPROVED).size());
			}
		}
		else if (user.has(Role.PRODUCER)) {
			add(items, "support.to-report", "work.support.toReport", "/support?status=DISBURSED",
					support.requests(RequestStatus.DISBURSED).size());
		}
		return items;
	}

	private static void add(List<WorkItem> items, String kind, String messageCode, String link, long count) {
		if (count > 0) {
			items.add(WorkItem.of(kind, messageCode, null, link, count, count));
		}
	}
}
