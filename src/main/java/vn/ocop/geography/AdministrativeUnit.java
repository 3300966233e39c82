package vn.ocop.geography;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

/**
 * One version of an administrative unit (đơn vị hành chính): its name, level and parent as they were from
 * {@code validFrom} to {@code validTo}. A version is never edited; a reorganisation closes it and opens a new one.
 */
@Entity
@Table(name = "geo_unit")
class AdministrativeUnit implements Persistable<UUID> {

	@Id
	private UUID id;

	/** Official GSO code; the same for every version of the unit. */
	@Column(nullable = false, length = 16)
	private String code;

	/** Official name with its type prefix, e.g. "Huyện Vũ Quang". */
	@Column(nullable = false, length = 200)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private UnitLevel level;

	@Column(name = "parent_code", length = 16)
	private @Nullable String parentCode;

	/** The province at the root of the unit's tree: a snapshot replaces the units of its provinces only. */
	@Column(name = "province_code", nullable = false, length = 16)
	private String provinceCode;

	@Column(name = "valid_from", nullable = false)
	private LocalDate validFrom;

	@Column(name = "valid_to")
	private @Nullable LocalDate validTo;

	@Transient
	private boolean fresh;

	protected AdministrativeUnit() {
		// for JPA
	}

	AdministrativeUnit(String code, String name, UnitLevel level, @Nullable String parentCode, String provinceCode,
			LocalDate validFrom) {
		if ((level == UnitLevel.PROVINCE) != (parentCode == null)) {
			throw new IllegalArgumentException("A province has no parent; every other unit has one: " + code);
		}
		if (level == UnitLevel.PROVINCE && !code.equals(provinceCode)) {
			throw new IllegalArgumentException("A province is its own root: " + code);
		}
		this.id = UUID.randomUUID();
		this.code = requireText(code, "code");
		this.name = requireText(name, "name");
		this.level = Objects.requireNonNull(level, "level");
		this.parentCode = parentCode;
		this.provinceCode = requireText(provinceCode, "provinceCode");
		this.validFrom = Objects.requireNonNull(validFrom, "validFrom");
		this.fresh = true;
	}

	/** Ends this version on {@code lastDay} (the day before the next snapshot's start). */
	void close(LocalDate lastDay) {
		if (validTo != null) {
			throw new IllegalStateException("Version of " + code + " from " + validFrom + " is already closed");
		}
		if (lastDay.isBefore(validFrom)) {
			throw new IllegalStateException("Version of " + code + " from " + validFrom + " cannot end on " + lastDay);
		}
		this.validTo = lastDay;
	}

	boolean inForceOn(LocalDate day) {
		return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
	}

	/** Whether a row with these values continues this version unchanged. */
	boolean sameAs(String name, UnitLevel level, @Nullable String parentCode) {
		return this.name.equals(name) && this.level == level && Objects.equals(this.parentCode, parentCode);
	}

	Unit toUnit() {
		return new Unit(code, name, level, parentCode, validFrom, validTo);
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

	String getCode() {
		return code;
	}

	String getName() {
		return name;
	}

	UnitLevel getLevel() {
		return level;
	}

	@Nullable
	String getParentCode() {
		return parentCode;
	}

	String getProvinceCode() {
		return provinceCode;
	}

	LocalDate getValidFrom() {
		return validFrom;
	}

	@Nullable
	LocalDate getValidTo() {
		return validTo;
	}

	@Override
	public String toString() {
		return code + " " + name + " [" + validFrom + " – " + (validTo == null ? "" : validTo) + "]";
	}

	private static String requireText(@Nullable String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
		return value;
	}
}
