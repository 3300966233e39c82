package vn.ocop.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.ocop.shared.Texts;

/**
 * The year's inspection plan (kế hoạch kiểm tra, hậu kiểm): which producers and products are inspected in which
 * month by which agencies, against which checklist. Drafted by the office, submitted, approved (or returned with a
 * note); locked once approved.
 */
@Entity
@Table(name = "monitoring_inspection_plan")
class InspectionPlan {

	@Id
	private UUID id;

	@Column(name = "plan_year", nullable = false)
	private int year;

	@Column(nullable = false, length = 300)
	private String title;

	@Column(length = 1000)
	private @Nullable String agencies;

	@Column(nullable = false, length = 1000)
	private String checklist;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private PlanStatus status;

	@Column(length = 2000)
	private @Nullable String note;

	@Column(name = "created_by", nullable = false, length = 64)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "submitted_by", length = 64)
	private @Nullable String submittedBy;

	@Column(name = "submitted_at")
	private @Nullable Instant submittedAt;

	@Column(name = "decided_by", length = 64)
	private @Nullable String decidedBy;

	@Column(name = "decided_at")
	private @Nullable Instant decidedAt;

	@Column(name = "decision_note", length = 2000)
	private @Nullable String decisionNote;

	@Version
	@Column(name = "row_version", nullable = false)
	private long rowVersion;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "plan_id", nullable = false)
	@OrderBy("position")
	private List<PlanItem> items = new ArrayList<>();

	protected InspectionPlan() {
	}

	InspectionPlan(int year, String title, @Nullable String agencies, Set<ChecklistItem> checklist,
			@Nullable String note, Instant now, String actor) {
		this.id = UUID.randomUUID();
		this.year = year;
		this.title = title.strip();
		this.agencies = Texts.blankToNull(agencies);
		this.checklist = codes(checklist.isEmpty() ? EnumSet.allOf(ChecklistItem.class) : checklist);
		this.status = PlanStatus.DRAFT;
		this.note = Texts.blankToNull(note);
		this.createdBy = actor;
		this.createdAt = now;
	}

	boolean isEditable() {
		return status == PlanStatus.DRAFT || status == PlanStatus.RETURNED;
	}

	private void requireEditable() {
		if (!isEditable()) {
			throw new IllegalStateException("The plan is " + status + " and can no longer be changed");
		}
	}

	void describe(String title, @Nullable String agencies, Set<ChecklistItem> checklist, @Nullable String note) {
		requireEditable();
		this.title = title.strip();
		this.agencies = Texts.blankToNull(agencies);
		this.checklist = codes(checklist.isEmpty() ? EnumSet.allOf(ChecklistItem.class) : checklist);
		this.note = Texts.blankToNull(note);
	}

	PlanItem add(PlanItem.Subject subject, int month, @Nullable String itemAgencies) {
		requireEditable();
		if (month < 1 || month > 12) {
			throw new IllegalArgumentException("month");
		}
		var item = new PlanItem(subject, items.size(), month, Texts.blankToNull(itemAgencies));
		items.add(item);
		return item;
	}

	void remove(UUID itemId) {
		requireEditable();
		items.removeIf(i -> i.getId().equals(itemId));
		for (int i = 0; i < items.size(); i++) {
			items.get(i).moveTo(i);
		}
	}

	/** Submits the plan for approval; it needs at least one item. */
	void submit(Instant now, String actor) {
		requireEditable();
		if (items.isEmpty()) {
			throw new IllegalStateException("An empty plan is not submitted");
		}
		status = PlanStatus.SUBMITTED;
		submittedBy = actor;
		submittedAt = now;
	}

	/** Approves the submitted plan: inspections may then be scheduled from it. */
	void approve(@Nullable String decision, Instant now, String actor) {
		if (status != PlanStatus.SUBMITTED) {
			throw new IllegalStateException("Only a submitted plan is approved");
		}
		status = PlanStatus.APPROVED;
		decidedBy = actor;
		decidedAt = now;
		decisionNote = Texts.blankToNull(decision);
	}

	/** Sends the submitted plan back for changes. */
	void sendBack(String reason, Instant now, String actor) {
		if (status != PlanStatus.SUBMITTED) {
			throw new IllegalStateException("Only a submitted plan is returned");
		}
		status = PlanStatus.RETURNED;
		decidedBy = actor;
		decidedAt = now;
		decisionNote = reason.strip();
	}

	Set<ChecklistItem> checklistItems() {
		return Arrays.stream(checklist.split(",")).filter(s -> !s.isBlank()).map(ChecklistItem::valueOf)
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(ChecklistItem.class)));
	}

	InspectionPlanView toView(java.util.Map<UUID, UUID> inspectionsByItem) {
		return toView(inspectionsByItem, i -> true);
	}

	/** The plan with only the lines the reader may see (an officer: those of producers inside the area). */
	InspectionPlanView toView(java.util.Map<UUID, UUID> inspectionsByItem, java.util.function.Predicate<PlanItem> visible) {
		return new InspectionPlanView(id, year, title, agencies, checklistItems(), status, note, createdBy, createdAt,
				submittedBy, submittedAt, decidedBy, decidedAt, decisionNote,
				items.stream().filter(visible).map(i -> i.toView(inspectionsByItem.get(i.getId()))).toList());
	}

	private static String codes(Set<ChecklistItem> items) {
		return items.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}


	UUID getId() {
		return id;
	}

	int getYear() {
		return year;
	}

	PlanStatus getStatus() {
		return status;
	}

	List<PlanItem> getItems() {
		return items;
	}

	/** The plan's agencies (used for an item naming none). */
	@Nullable
	String getAgencies() {
		return agencies;
	}

	LocalDate firstDayOf(int month) {
		return LocalDate.of(year, month, 1);
	}
}
