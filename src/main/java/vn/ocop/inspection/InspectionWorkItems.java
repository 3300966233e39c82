package vn.ocop.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.shared.work.WorkItem;
import vn.ocop.shared.work.WorkItemSource;

/**
 * The inspections waiting (issue 16): an inspector's open inspections, each by its scheduled day; for the provincial
 * office, the proposed sanctions awaiting its decision.
 */
@Component
@Transactional(readOnly = true)
class InspectionWorkItems implements WorkItemSource {

	private final InspectionManagement inspections;
	private final InspectionAccess access;

	InspectionWorkItems(InspectionManagement inspections, InspectionAccess access) {
		this.inspections = inspections;
		this.access = access;
	}

	@Override
	public List<WorkItem> workItems(LocalDate today) {
		CurrentUser user = access.user();
		List<WorkItem> items = new ArrayList<>();
		if (user.has(Role.INSPECTOR) || user.isOffice()) {
			inspections.inspections(null, InspectionStatus.OPEN).stream()
					.filter(i -> i.inspector().equals(user.username()))
					.sorted(Comparator.comparing(InspectionView::scheduledOn))
					.forEach(i -> items.add(WorkItem.of("monitoring.inspection", "work.monitoring.inspection",
							i.scheduledOn(), "/monitoring/inspections/" + i.id(), 1,
							i.productName() == null ? i.producerName() : i.productName() + " — " + i.producerName())));
		}
		if (user.isOffice()) {
			int awaiting = inspections.awaitingDecision().size();
			if (awaiting > 0) {
				items.add(WorkItem.of("monitoring.sanctions", "work.monitoring.sanctions", null,
						"/monitoring/inspections", awaiting, awaiting));
			}
		}
		return items;
	}
}
