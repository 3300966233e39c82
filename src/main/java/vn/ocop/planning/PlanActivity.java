package vn.ocop.planning;

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

/**
 * An activity (hoạt động) of a plan, broken into tasks.
 */
@Entity
@Table(name = "programme_activity")
class PlanActivity {

	@Id
	private UUID id;

	@Column(nullable = false)
	private int number;

	@Column(nullable = false)
	private String title;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "activity_id", nullable = false)
	private List<PlanTask> tasks = new ArrayList<>();

	protected PlanActivity() {
	}

	PlanActivity(int number, String title) {
		this.id = UUID.randomUUID();
		this.number = number;
		this.title = title.strip();
	}

	PlanTask addTask(String number, String description, @Nullable String leadAgency, @Nullable String partners,
			@Nullable LocalDate deadline, Instant now) {
		var task = new PlanTask(tasks.size() + 1, number, description, leadAgency, partners, deadline, now);
		tasks.add(task);
		return task;
	}

	ActivityView toView(LocalDate today) {
		return new ActivityView(id, number, title,
				tasks.stream().sorted(Comparator.comparingInt(PlanTask::getPosition)).map(t -> t.toView(today)).toList());
	}

	UUID getId() {
		return id;
	}

	int getNumber() {
		return number;
	}

	String getTitle() {
		return title;
	}

	List<PlanTask> getTasks() {
		return tasks;
	}
}
