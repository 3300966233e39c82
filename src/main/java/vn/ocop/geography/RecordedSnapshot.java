package vn.ocop.geography;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.domain.Persistable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

/**
 * The record that the list of units of one province in force from a day was imported: by whom, when and from
 * which source. A province has at most one snapshot per start day, and snapshots only move forward in time.
 */
@Entity
@Table(name = "geo_snapshot")
@vn.ocop.shared.cluster.ClusterBroadcast
class RecordedSnapshot implements Persistable<UUID> {

	@Id
	private UUID id;

	@Column(name = "province_code", nullable = false, length = 16)
	private String provinceCode;

	@Column(name = "valid_from", nullable = false)
	private LocalDate validFrom;

	@Column(nullable = false, length = 200)
	private String source;

	@Column(name = "imported_at", nullable = false)
	private Instant importedAt;

	@Column(name = "imported_by", nullable = false, length = 64)
	private String importedBy;

	@Column(name = "unit_count", nullable = false)
	private int unitCount;

	@Transient
	private boolean fresh;

	protected RecordedSnapshot() {
		// for JPA
	}

	RecordedSnapshot(String provinceCode, LocalDate validFrom, String source, Instant importedAt, String importedBy,
			int unitCount) {
		if (unitCount <= 0) {
			throw new IllegalArgumentException("A snapshot has at least its province: " + provinceCode);
		}
		this.id = UUID.randomUUID();
		this.provinceCode = provinceCode;
		this.validFrom = validFrom;
		this.source = source;
		this.importedAt = importedAt;
		this.importedBy = importedBy;
		this.unitCount = unitCount;
		this.fresh = true;
	}

	SnapshotInfo toInfo() {
		return new SnapshotInfo(id, provinceCode, validFrom, source, importedAt, importedBy, unitCount);
	}

	@Override
	public UUID getId() {
		return id;
	}

	@Override
	public boolean isNew() {
		return fresh;
	}

	@PostLoad
	@PostPersist
	void markStored() {
		this.fresh = false;
	}

	String getProvinceCode() {
		return provinceCode;
	}

	LocalDate getValidFrom() {
		return validFrom;
	}
}
