package vn.ocop.reporting;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An automatic reminder round already sent (kind, period, stage), so that the hourly job sends each once. */
@Entity
@Table(name = "monitoring_reminder_run")
class ReminderRun {

	@Embeddable
	record Key(@Column(name = "kind", length = 32) String kind, @Column(name = "period") LocalDate period,
			@Column(name = "stage", length = 16) String stage) implements Serializable {
	}

	@EmbeddedId
	private Key key;

	@Column(name = "ran_at", nullable = false)
	private Instant ranAt;

	@Column(nullable = false)
	private int sent;

	protected ReminderRun() {
	}

	ReminderRun(Key key, Instant ranAt, int sent) {
		this.key = key;
		this.ranAt = ranAt;
		this.sent = sent;
	}
}
