package vn.ocop.planning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.ocop.shared.BusinessRuleException;

/**
 * The province's plan for one year: its targets and its activities with their tasks. One plan per year.
 */
@Entity
@Table(name = "programme_plan")
class Plan {

	@Id
	private UUID id;

	@Column(name = "plan_year", nullable = false)
	private int year;

	@Column(nullable = false)
	private String title;

	private @Nullable String reference;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private String createdBy;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "plan_id", nullable = false)
	private List<PlanTarget> targets = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "plan_id", nullable = false)
	private List<PlanActivity> activities = new ArrayList<>();

	@Version
	private long version;

	protected Plan() {
	}

	Plan(int year, String title, @Nullable String reference, Instant now, String actor) {
		if (year < 2018 || year > 2100) {
			throw BusinessRuleException.unprocessable("programme.plan.year.invalid", year);
		}
		this.id = UUID.randomUUID();
		this.year = year;
		this.title = title.strip();
		this.reference = reference == null || reference.isBlank() ? null : reference.strip();
		this.createdAt = now;
		this.createdBy = actor;
	}

	/** Adds a target; its code is unique in the plan. */
	PlanTarget addTarget(String code, String label, BigDecimal amount, String unit, @Nullable String measure,
			@Nullable String note) {
		if (targets.stream().anyMatch(t -> t.getCode().equals(code.strip()))) {
			throw BusinessRuleException.conflict("programme.target.exists", code.strip());
		}
		if (amount.signum() < 0) {
			throw BusinessRuleException.unprocessable("programme.target.amount.negative");
		}
		int last = targets.stream().mapToInt(PlanTarget::getPosition).max().orElse(0);
		var target = new PlanTarget(last + 1, code, label, amount, unit, measure, note);
		targets.add(target);
		return target;
	}

	void removeTarget(UUID targetId) {
		if (!targets.removeIf(t -> t.getId().equals(targetId))) {
			throw new vn.ocop.shared.NotFoundException("programme.target.notFound", targetId);
		}
	}

	/** Adds an activity; its number is unique in the plan. */
	PlanActivity addActivity(int number, String title) {
		if (activities.stream().anyMatch(a -> a.getNumber() == number)) {
			throw BusinessRuleException.conflict("programme.activity.exists", number);
		}
		var activity = new PlanActivity(number, title);
		activities.add(activity);
		activities.sort(Comparator.comparingInt(PlanActivity::getNumber));
		return activity;
	}

	PlanView toView(LocalDate today) {
		return new PlanView(id, year, title, reference,
				targets.stream().sorted(Comparator.comparingInt(PlanTarget::getPosition)).map(PlanTarget::toView).toList(),
				activities.stream().sorted(Comparator.comparingInt(PlanActivity::getNumber)).map(a -> a.toView(today)).toList());
	}

	UUID getId() {
		return id;
	}

	int getYear() {
		return year;
	}

	String getTitle() {
		return title;
	}

	List<PlanTarget> getTargets() {
		return targets;
	}

	List<PlanActivity> getActivities() {
		return activities;
	}
}
