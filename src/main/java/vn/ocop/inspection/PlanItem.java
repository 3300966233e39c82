package vn.ocop.inspection;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.ocop.geography.UnitAt;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Embedded;

/** One line of an inspection plan: a producer (and optionally one of its products) to inspect in a month. */
@Entity
@Table(name = "monitoring_plan_item")
class PlanItem {

	/** Who is inspected. */
	record Subject(UUID producerId, String producerName, @Nullable UUID productId, @Nullable String productName,
			UnitAt unitAt) {
	}

	@Id
	private UUID id;

	@Column(nullable = false)
	private int position;

	@Column(name = "producer_id", nullable = false)
	private UUID producerId;

	@Column(name = "producer_name", nullable = false, length = 300)
	private String producerName;

	@Column(name = "product_id")
	private @Nullable UUID productId;

	@Column(name = "product_name", length = 300)
	private @Nullable String productName;

	@Embedded
	@AttributeOverride(name = "code", column = @Column(name = "commune_code", nullable = false, length = 10))
	@AttributeOverride(name = "date", column = @Column(name = "unit_date", nullable = false))
	private UnitAt unitAt;

	@Column(name = "planned_month", nullable = false)
	private int plannedMonth;

	@Column(length = 500)
	private @Nullable String agencies;

	protected PlanItem() {
	}

	PlanItem(Subject subject, int position, int month, @Nullable String agencies) {
		this.id = UUID.randomUUID();
		this.position = position;
		this.producerId = subject.producerId();
		this.producerName = subject.producerName();
		this.productId = subject.productId();
		this.productName = subject.productName();
		this.unitAt = subject.unitAt();
		this.plannedMonth = month;
		this.agencies = agencies;
	}

	void moveTo(int position) {
		this.position = position;
	}

	PlanItemView toView(@Nullable UUID inspectionId) {
		return new PlanItemView(id, producerId, producerName, productId, productName, unitAt.code(), plannedMonth,
				agencies, inspectionId);
	}

	Subject subject() {
		return new Subject(producerId, producerName, productId, productName, unitAt);
	}

	UUID getId() {
		return id;
	}

	int getPlannedMonth() {
		return plannedMonth;
	}

	@Nullable
	String getAgencies() {
		return agencies;
	}
}
