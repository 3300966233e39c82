package vn.ocop.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * A finding of an inspection, with its photos and the sanction it proposes. A proposed sanction is decided (or
 * dismissed) once by the office; a decided downgrade or revocation is applied to the certificate by the
 * certification module's decision flow.
 */
@Entity
@Table(name = "monitoring_finding")
class Finding {

	@Id
	private UUID id;

	@Column(nullable = false)
	private int position;

	@Enumerated(EnumType.STRING)
	@Column(length = 32)
	private @Nullable ChecklistItem item;

	@Column(nullable = false, length = 2000)
	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Sanction sanction;

	@Column(name = "stars_down")
	private @Nullable Integer starsDown;

	@Enumerated(EnumType.STRING)
	@Column(name = "sanction_status", length = 16)
	private @Nullable SanctionStatus sanctionStatus;

	@Column(name = "decision_number", length = 100)
	private @Nullable String decisionNumber;

	@Column(name = "decision_date")
	private @Nullable LocalDate decisionDate;

	@Column(name = "decision_note", length = 2000)
	private @Nullable String decisionNote;

	@Column(name = "decided_by", length = 64)
	private @Nullable String decidedBy;

	@Column(name = "decided_at")
	private @Nullable Instant decidedAt;

	@Column(name = "created_by", nullable = false, length = 64)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@ElementCollection
	@CollectionTable(name = "monitoring_finding_photo", joinColumns = @JoinColumn(name = "finding_id"))
	@OrderColumn(name = "position")
	@Column(name = "photo_key", length = 300)
	private List<String> photos = new ArrayList<>();

	protected Finding() {
	}

	Finding(int position, @Nullable ChecklistItem item, String description, Sanction sanction,
			@Nullable Integer starsDown, Instant now, String actor) {
		if (description.isBlank()) {
			throw new IllegalArgumentException("description");
		}
		if (sanction == Sanction.DOWNGRADE && (starsDown == null || starsDown < 1 || starsDown > 2)) {
			throw new IllegalArgumentException("starsDown");
		}
		this.id = UUID.randomUUID();
		this.position = position;
		this.item = item;
		this.description = description.strip();
		this.sanction = sanction;
		this.starsDown = sanction == Sanction.DOWNGRADE ? starsDown : null;
		this.sanctionStatus = sanction == Sanction.NONE ? null : SanctionStatus.PROPOSED;
		this.createdBy = actor;
		this.createdAt = now;
	}

	void addPhoto(String key) {
		photos.add(key);
	}

	boolean isPending() {
		return sanctionStatus == SanctionStatus.PROPOSED;
	}

	/** The office follows the proposal (the caller applies a downgrade or revocation to the certificate). */
	void decide(@Nullable String number, @Nullable LocalDate date, @Nullable String note, Instant now, String actor) {
		if (!isPending()) {
			throw new IllegalStateException("No sanction awaits a decision");
		}
		this.sanctionStatus = SanctionStatus.DECIDED;
		this.decisionNumber = number == null || number.isBlank() ? null : number.strip();
		this.decisionDate = date;
		this.decisionNote = note == null || note.isBlank() ? null : note.strip();
		this.decidedBy = actor;
		this.decidedAt = now;
	}

	/** The office does not follow the proposal. */
	void dismiss(String note, Instant now, String actor) {
		if (!isPending()) {
			throw new IllegalStateException("No sanction awaits a decision");
		}
		this.sanctionStatus = SanctionStatus.DISMISSED;
		this.decisionNote = note.strip();
		this.decidedBy = actor;
		this.decidedAt = now;
	}

	FindingView toView(UUID inspectionId) {
		List<String> links = new ArrayList<>();
		for (int i = 0; i < photos.size(); i++) {
			links.add("/api/v1/inspections/" + inspectionId + "/findings/" + id + "/photos/" + i);
		}
		return new FindingView(id, item, description, sanction, starsDown, sanctionStatus, decisionNumber,
				decisionDate, decisionNote, decidedBy, decidedAt, createdBy, createdAt, links);
	}

	UUID getId() {
		return id;
	}

	Sanction getSanction() {
		return sanction;
	}

	@Nullable
	Integer getStarsDown() {
		return starsDown;
	}

	String getDescription() {
		return description;
	}

	List<String> getPhotos() {
		return photos;
	}
}
