package vn.ocop.inspection;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.ocop.identity.People;
import vn.ocop.identity.Role;
import vn.ocop.identity.UserManagement;
import vn.ocop.identity.UserSummary;
import vn.ocop.notification.Notice;
import vn.ocop.notification.Notifications;
import vn.ocop.registry.ProductLifecycle;

/**
 * Every notice inspection sends, with its text and link, once what it tells of is committed: the inspector of an
 * inspection assigned ({@link InspectionOpened}), the provincial office of a public complaint
 * ({@link ComplaintReceived}) and of the sanctions a concluded inspection proposes ({@link InspectionConcluded}), the
 * producer and the inspector of a sanction the office followed ({@link SanctionDecided}). The use cases only
 * publish; a notice that cannot be sent does not undo the decision, and the event publication registry retries it.
 */
@Component
class InspectionNotices {

	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
			.ofPattern("dd/MM/yyyy");

	private final Inspections inspections;
	private final ProductLifecycle lifecycle;
	private final UserManagement users;
	private final Notifications notices;
	private final People people;

	InspectionNotices(Inspections inspections, ProductLifecycle lifecycle, UserManagement users,
			Notifications notices, People people) {
		this.people = people;
		this.inspections = inspections;
		this.lifecycle = lifecycle;
		this.users = users;
		this.notices = notices;
	}

	@ApplicationModuleListener
	void on(InspectionConcluded event) {
		if (event.sanctionsProposed() == 0) {
			return;
		}
		Inspection inspection = inspections.findById(event.inspectionId()).orElseThrow();
		notices.send(Notice.to(officeAccounts(), "monitoring.sanction-proposed", "monitoring.notice.sanctionProposed",
				link(inspection), inspection.getProducerName(), event.sanctionsProposed()));
	}

	@ApplicationModuleListener
	void on(SanctionDecided event) {
		if (!event.followed()) {
			return;
		}
		Inspection inspection = inspections.findById(event.inspectionId()).orElseThrow();
		Set<String> readers = new LinkedHashSet<>(lifecycle.producer(inspection.getProducerId()).accounts());
		readers.add(inspection.getInspector());
		notices.send(Notice.to(readers, "monitoring.sanction-decided",
				"monitoring.notice.sanctionDecided." + event.sanction(), link(inspection), inspection.getProducerName(),
				event.certificateCode() == null ? "" : event.certificateCode()));
	}

	@ApplicationModuleListener
	void on(InspectionOpened event) {
		Inspection inspection = inspections.findById(event.inspectionId()).orElseThrow();
		if (inspection.getKind() == InspectionKind.UNPLANNED && inspection.getCreatedBy().equals(event.inspector())
				&& !officeAccounts().contains(event.inspector())) {
			// an inspector started it in the field: the office learns of it
			notices.send(Notice.to(officeAccounts(), "monitoring.inspection-self-opened",
					"monitoring.notice.inspectionSelfOpened", link(inspection), people.name(event.inspector()),
					inspection.getProducerName(), event.scheduledOn().format(DAY)));
			return;
		}
		notices.send(Notice.to(List.of(event.inspector()), "monitoring.inspection-assigned",
				"monitoring.notice.inspectionAssigned", link(inspection), inspection.getProducerName(),
				event.scheduledOn().format(DAY)));
	}

	@ApplicationModuleListener
	void on(ComplaintReceived event) {
		notices.send(Notice.to(officeAccounts(), "monitoring.complaint-received", "monitoring.notice.complaintReceived",
				"/monitoring/complaints", event.productName(), event.certificateCode()));
	}

	private static String link(Inspection inspection) {
		return "/monitoring/inspections/" + inspection.getId();
	}

	private List<String> officeAccounts() {
		return users.all().stream().filter(u -> u.enabled() && u.roles().contains(Role.PROVINCE_ADMIN))
				.map(UserSummary::username).toList();
	}
}
