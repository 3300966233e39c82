package vn.ocop.inspection;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import vn.ocop.identity.People;
import vn.ocop.shared.document.Sheet;

/**
 * The inspection exports (.xlsx): a year's inspections, a year's inspection plan and the complaints queue. Each
 * honours the caller's access like the lists.
 */
@Service
public class InspectionExports {

	private final InspectionManagement inspections;
	private final InspectionPlanning planning;
	private final ComplaintManagement complaints;
	private final MessageSource messages;
	private final People people;

	InspectionExports(InspectionManagement inspections, InspectionPlanning planning, ComplaintManagement complaints,
			MessageSource messages, People people) {
		this.people = people;
		this.inspections = inspections;
		this.planning = planning;
		this.complaints = complaints;
		this.messages = messages;
	}

	/** Inspections of a year visible to the caller. */
	public byte[] inspections(@Nullable Integer year) {
		var sheet = new Sheet("inspections", headers("inspectionKind", "producer", "product", "certificate",
				"scheduledOn", "inspectedOn", "inspector", "inspectionStatus", "findings", "conclusion"));
		for (InspectionView i : inspections.inspections(year, null)) {
			sheet.row(text("inspection.kind." + i.kind()), i.producerName(), i.productName(), i.certificateCode(),
					i.scheduledOn(), i.inspectedOn(), people.name(i.inspector()), text("inspection.status." + i.status()),
					i.findings().size(), i.conclusion());
		}
		return sheet.bytes();
	}

	/** A year's inspection plan, line by line, with the inspection opened from each. */
	public byte[] plan(java.util.UUID planId) {
		InspectionPlanView plan = planning.plan(planId);
		var sheet = new Sheet(String.valueOf(plan.year()), headers("month", "producer", "product", "agencies",
				"inspectionOpened"));
		for (PlanItemView item : plan.items()) {
			sheet.row(item.plannedMonth(), item.producerName(), item.productName(),
					item.agencies() == null ? plan.agencies() : item.agencies(), item.inspectionId() != null);
		}
		return sheet.bytes();
	}

	/** The complaints queue (provincial office and inspectors). */
	public byte[] complaints() {
		var sheet = new Sheet("complaints", headers("receivedAt", "certificate", "product", "producer", "description",
				"reporter", "complaintStatus"));
		for (ComplaintView c : complaints.queue(null)) {
			sheet.row(c.receivedAt(), c.certificateCode(), c.productName(), c.producerName(), c.description(),
					c.reporterName(), text("complaint.status." + c.status()));
		}
		return sheet.bytes();
	}

	private List<String> headers(String... keys) {
		return java.util.Arrays.stream(keys).map(k -> text("export." + k)).toList();
	}

	private String text(String key) {
		return messages.getMessage("monitoring." + key, null, key,
				org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}
}
