package vn.ocop.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.ocop.geography.UnitAt;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Embedded;

/**
 * An inspection of a producer (and product): planned (a line of the approved plan) or unplanned (e.g. after a
 * complaint). While open the inspector records the checklist and findings (with photos and a proposed sanction);
 * the conclusion locks it. Proposed sanctions are then decided by the office.
 */
@Entity
@Table(name = "monitoring_inspection")
class Inspection {

	/** One checklist item's outcome. */
	@Embeddable
	record Check(@Enumerated(EnumType.STRING) @Column(name = "item", length = 32) ChecklistItem item,
			@Enumerated(EnumType.STRING) @Column(name = "result", length = 16) CheckResult result,
			@Column(name = "note", length = 1000) @Nullable String note) {
	}

	/** Who and what is inspected. */
	record Subject(UUID producerId, String producerName, @Nullable UUID productId, @Nullable String productName,
			@Nullable String certificateCode, UnitAt unitAt) {
	}

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private InspectionKind kind;

	@Column(name = "plan_item_id")
	private @Nullable UUID planItemId;

	@Column(name = "complaint_id")
	private @Nullable UUID complaintId;

	@Column(name = "producer_id", nullable = false)
	private UUID producerId;

	@Column(name = "producer_name", nullable = false, length = 300)
	private String producerName;

	@Column(name = "product_id")
	private @Nullable UUID productId;

	@Column(name = "product_name", length = 300)
	private @Nullable String productName;

	@Column(name = "certificate_code", length = 40)
	private @Nullable String certificateCode;

	@Embedded
	@AttributeOverride(name = "code", column = @Column(name = "commune_code", nullable = false, length = 10))
	@AttributeOverride(name = "date", column = @Column(name = "unit_date", nullable = false))
	private UnitAt unitAt;

	@Column(name = "scheduled_on", nullable = false)
	private LocalDate scheduledOn;

	@Column(name = "inspected_on")
	private @Nullable LocalDate inspectedOn;

	@Column(nullable = false, length = 64)
	private String inspector;

	@Column(length = 500)
	private @Nullable String agencies;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private InspectionStatus status;

	@Column(length = 4000)
	private @Nullable String conclusion;

	@Column(name = "concluded_by", length = 64)
	private @Nullable String concludedBy;

	@Column(name = "concluded_at")
	private @Nullable Instant concludedAt;

	@Column(name = "created_by", nullable = false, length = 64)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	@Column(name = "row_version", nullable = false)
	private long rowVersion;

	@ElementCollection
	@CollectionTable(name = "monitoring_inspection_check", joinColumns = @JoinColumn(name = "inspection_id"))
	private Set<Check> checks = new HashSet<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "inspection_id", nullable = false)
	@OrderBy("position")
	private List<Finding> findings = new ArrayList<>();

	protected Inspection() {
	}

	Inspection(InspectionKind kind, @Nullable UUID planItemId, @Nullable UUID complaintId, Subject subject,
			LocalDate scheduledOn, String inspector, @Nullable String agencies, Instant now, String actor) {
		this.id = UUID.randomUUID();
		this.kind = kind;
		this.planItemId = planItemId;
		this.complaintId = complaintId;
		this.producerId = subject.producerId();
		this.producerName = subject.producerName();
		this.productId = subject.productId();
		this.productName = subject.productName();
		this.certificateCode = subject.certificateCode();
		this.unitAt = subject.unitAt();
		this.scheduledOn = scheduledOn;
		this.inspector = inspector;
		this.agencies = agencies == null || agencies.isBlank() ? null : agencies.strip();
		this.status = InspectionStatus.OPEN;
		this.createdBy = actor;
		this.createdAt = now;
	}

	private void requireOpen() {
		if (status != InspectionStatus.OPEN) {
			throw new IllegalStateException("The inspection is concluded and locked");
		}
	}

	/** Records (or re-records) checklist outcomes while the inspection is open. */
	void record(List<Check> outcomes) {
		requireOpen();
		Map<ChecklistItem, Check> byItem = new EnumMap<>(ChecklistItem.class);
		checks.forEach(c -> byItem.put(c.item(), c));
		outcomes.forEach(c -> byItem.put(c.item(), c));
		// a new collection: recreated as a whole (rows keyed by inspection and item)
		checks = new HashSet<>(byItem.values());
	}

	/** Adds a finding, possibly proposing a sanction. */
	Finding find(@Nullable ChecklistItem item, String description, Sanction sanction, @Nullable Integer starsDown,
			Instant now, String actor) {
		requireOpen();
		var finding = new Finding(findings.size(), item, description, sanction, starsDown, now, actor);
		findings.add(finding);
		return finding;
	}

	void addPhoto(UUID findingId, String key) {
		requireOpen();
		finding(findingId).orElseThrow().addPhoto(key);
	}

	/** Concludes the inspection: records the date and conclusion and locks it. */
	void conclude(String text, LocalDate inspectedOn, Instant now, String actor) {
		requireOpen();
		if (text.isBlank()) {
			throw new IllegalArgumentException("conclusion");
		}
		this.conclusion = text.strip();
		this.inspectedOn = inspectedOn;
		this.status = InspectionStatus.CONCLUDED;
		this.concludedBy = actor;
		this.concludedAt = now;
	}

	Optional<Finding> finding(UUID findingId) {
		return findings.stream().filter(f -> f.getId().equals(findingId)).findFirst();
	}

	InspectionView toView(Set<ChecklistItem> checklist) {
		Map<ChecklistItem, Check> byItem = new EnumMap<>(ChecklistItem.class);
		checks.forEach(c -> byItem.put(c.item(), c));
		List<CheckView> list = new ArrayList<>();
		for (ChecklistItem item : ChecklistItem.values()) {
			Check c = byItem.get(item);
			if (c != null || checklist.contains(item)) {
				list.add(new CheckView(item, c == null ? null : c.result(), c == null ? null : c.note()));
			}
		}
		return new InspectionView(id, kind, planItemId, complaintId, producerId, producerName, productId, productName,
				certificateCode, unitAt.code(), scheduledOn, inspectedOn, inspector, agencies, status, conclusion,
				concludedBy, concludedAt, createdBy, createdAt, list,
				findings.stream().map(f -> f.toView(id)).toList());
	}

	UUID getId() {
		return id;
	}

	@Nullable
	UUID getPlanItemId() {
		return planItemId;
	}

	UUID getProducerId() {
		return producerId;
	}

	String getProducerName() {
		return producerName;
	}

	@Nullable
	String getCertificateCode() {
		return certificateCode;
	}

	UnitAt getUnitAt() {
		return unitAt;
	}

	LocalDate getScheduledOn() {
		return scheduledOn;
	}

	String getInspector() {
		return inspector;
	}

	InspectionStatus getStatus() {
		return status;
	}

	@Nullable
	UUID getProductId() {
		return productId;
	}

	List<Finding> getFindings() {
		return findings;
	}

	@Nullable
	Instant getConcludedAt() {
		return concludedAt;
	}

	/** Who opened the inspection (the office, or the inspector for an unplanned inspection of their own). */
	String getCreatedBy() {
		return createdBy;
	}

	InspectionKind getKind() {
		return kind;
	}
}
