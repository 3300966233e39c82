package vn.ocop.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.ocop.geography.UnitAt;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Embedded;

/**
 * A producer expected to report monthly: one with a product in the programme. Kept from the registry's
 * {@code ProductStatusChanged} events, with the producer's name and commune as the registry last told them.
 */
@Entity
@Table(name = "monitoring_reporter")
class Reporter {

	@Id
	@Column(name = "producer_id")
	private UUID producerId;

	@Column(name = "producer_name", nullable = false, length = 300)
	private String producerName;

	@Embedded
	@AttributeOverride(name = "code", column = @Column(name = "commune_code", nullable = false, length = 10))
	@AttributeOverride(name = "date", column = @Column(name = "unit_date", nullable = false))
	private UnitAt unitAt;

	/** The day the producer's first product entered the programme: it reports from that month on. */
	@Column(name = "joined_on", nullable = false)
	private LocalDate joinedOn;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Reporter() {
	}

	Reporter(UUID producerId, String producerName, UnitAt unitAt, LocalDate joinedOn, Instant now) {
		this.producerId = producerId;
		this.producerName = producerName;
		this.unitAt = unitAt;
		this.joinedOn = joinedOn;
		this.updatedAt = now;
	}

	void refresh(String name, UnitAt commune, Instant now) {
		this.producerName = name;
		this.unitAt = commune;
		this.updatedAt = now;
	}

	/** Moves the first reporting month back, e.g. for data recorded after the fact. */
	void joinedBy(LocalDate day) {
		if (day.isBefore(joinedOn)) {
			joinedOn = day;
		}
	}

	UUID getProducerId() {
		return producerId;
	}

	String getProducerName() {
		return producerName;
	}

	UnitAt getUnitAt() {
		return unitAt;
	}

	LocalDate getJoinedOn() {
		return joinedOn;
	}
}
