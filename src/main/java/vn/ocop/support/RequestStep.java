package vn.ocop.support;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One step on a support request's timeline: who moved it, when, from which state to which, and why.
 */
@Entity
@Table(name = "support_request_step")
class RequestStep {

	@Id
	private UUID id;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private Instant happenedAt;

	@Column(nullable = false)
	private String actor;

	@Enumerated(EnumType.STRING)
	private @Nullable RequestStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RequestStatus toStatus;

	private @Nullable String note;

	protected RequestStep() {
	}

	RequestStep(int position, Instant at, String actor, @Nullable RequestStatus from, RequestStatus to,
			@Nullable String note) {
		this.id = UUID.randomUUID();
		this.position = position;
		this.happenedAt = at;
		this.actor = actor;
		this.fromStatus = from;
		this.toStatus = to;
		this.note = note;
	}

	SupportRequestView.Step toView() {
		return new SupportRequestView.Step(happenedAt, actor, fromStatus, toStatus, note);
	}
}
