package vn.ocop.inspection;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.ocop.identity.Role;
import vn.ocop.identity.UserManagement;
import vn.ocop.identity.UserSummary;
import vn.ocop.notification.Notice;
import vn.ocop.notification.Notifications;
import vn.ocop.registry.ProductLifecycle;

/**
 * Every notice inspection sends, with its text and link. Of the decisions, once they are committed: the provincial
 * office of the sanctions a concluded inspection proposes, the producer and the inspector of a sanction the office
 * followed — the use cases only publish {@link InspectionConcluded} and {@link SanctionDecided}; a notice that
 * cannot be sent does not undo the decision, and the event publication registry retries it. Inline, in the use
 * case's transaction: the inspector of an inspection assigned, the office of a public complaint received.
 */
@Component
class InspectionNotices {

	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
			.ofPattern("dd/MM/yyyy");

	private final Inspections inspections;
	private final ProductLifecycle lifecycle;
	private final UserManagement users;
	private final Notifications notices;

	InspectionNotices(Inspections inspections, ProductLifecycle lifecycle, UserManagement users,
			Notifications notices) {
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

	/** Tells the inspector of an inspection assigned to them. */
	void assigned(Inspection inspection) {
		notices.send(Notice.to(List.of(inspection.getInspector()), "monitoring.inspection-assigned",
				"monitoring.notice.inspectionAssigned", link(inspection), inspection.getProducerName(),
				inspection.getScheduledOn().format(DAY)));
	}

	/** Tells the provincial office of a public complaint about a certified product. */
	void complaintReceived(String productName, String certificateCode) {
		notices.send(Notice.to(officeAccounts(), "monitoring.complaint-received", "monitoring.notice.complaintReceived",
				"/monitoring/complaints", productName, certificateCode));
	}

	private static String link(Inspection inspection) {
		return "/monitoring/inspections/" + inspection.getId();
	}

	private List<String> officeAccounts() {
		return users.all().stream().filter(u -> u.enabled() && u.roles().contains(Role.PROVINCE_ADMIN))
				.map(UserSummary::username).toList();
	}
}
