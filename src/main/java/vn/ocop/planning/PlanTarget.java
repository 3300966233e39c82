package vn.ocop.planning;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A target of a plan: a number, its unit and the measure (a {@link KpiMeasure} code) that counts it from the data.
 */
@Entity
@Table(name = "programme_target")
class PlanTarget {

	@Id
	private UUID id;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String code;

	@Column(nullable = false)
	private String label;

	@Column(nullable = false)
	private BigDecimal amount;

	@Column(nullable = false)
	private String unit;

	private @Nullable String measure;

	private @Nullable String note;

	protected PlanTarget() {
	}

	PlanTarget(int position, String code, String label, BigDecimal amount, String unit, @Nullable String measure,
			@Nullable String note) {
		this.id = UUID.randomUUID();
		this.position = position;
		this.code = code.strip();
		this.label = label.strip();
		this.amount = amount;
		this.unit = unit.strip();
		this.measure = measure == null || measure.isBlank() ? null : measure.strip();
		this.note = note == null || note.isBlank() ? null : note.strip();
	}

	void change(String label, BigDecimal amount, String unit, @Nullable String measure, @Nullable String note) {
		this.label = label.strip();
		this.amount = amount;
		this.unit = unit.strip();
		this.measure = measure == null || measure.isBlank() ? null : measure.strip();
		this.note = note == null || note.isBlank() ? null : note.strip();
	}

	TargetView toView() {
		return new TargetView(id, code, label, amount, unit, measure, note);
	}

	UUID getId() {
		return id;
	}

	int getPosition() {
		return position;
	}

	String getCode() {
		return code;
	}

	@Nullable
	String getMeasure() {
		return measure;
	}

	BigDecimal getAmount() {
		return amount;
	}
}
