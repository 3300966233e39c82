package vn.ocop.geography;

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
 * One line of a reorganisation mapping (sắp xếp đơn vị hành chính): from {@code effectiveFrom} the territory of
 * the unit {@code oldCode} (as it was the day before) belongs, wholly or in part, to the unit {@code newCode}.
 */
@Entity
@Table(name = "geo_succession")
class UnitSuccession implements Persistable<UUID> {

	@Id
	private UUID id;

	@Column(name = "old_code", nullable = false, length = 16)
	private String oldCode;

	@Column(name = "new_code", nullable = false, length = 16)
	private String newCode;

	@Column(name = "effective_from", nullable = false)
	private LocalDate effectiveFrom;

	@Transient
	private boolean fresh;

	protected UnitSuccession() {
		// for JPA
	}

	UnitSuccession(String oldCode, String newCode, LocalDate effectiveFrom) {
		this.id = UUID.randomUUID();
		this.oldCode = oldCode;
		this.newCode = newCode;
		this.effectiveFrom = effectiveFrom;
		this.fresh = true;
	}

	Succession toSuccession() {
		return new Succession(oldCode, newCode, effectiveFrom);
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
}
