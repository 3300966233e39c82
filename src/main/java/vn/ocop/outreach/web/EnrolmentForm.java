package vn.ocop.outreach.web;

import static vn.ocop.shared.Texts.blankToNull;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.Size;
import vn.ocop.outreach.TrainingManagement;

/**
 * A participant enrolled in a course: an account, a producer or a named person (one of the three, the course's own
 * rule, as is that the account or producer exists).
 */
class EnrolmentForm {

	@Size(max = 64)
	private String username = "";

	private @Nullable UUID producerId;

	@Size(max = 200)
	private String fullName = "";

	TrainingManagement.Enrolment enrolment() {
		return new TrainingManagement.Enrolment(blankToNull(username), producerId, blankToNull(fullName), null);
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(@Nullable String username) {
		this.username = username == null ? "" : username;
	}

	public @Nullable UUID getProducerId() {
		return producerId;
	}

	public void setProducerId(@Nullable UUID producerId) {
		this.producerId = producerId;
	}

	public String getFullName() {
		return fullName;
	}

	public void setFullName(@Nullable String fullName) {
		this.fullName = fullName == null ? "" : fullName;
	}
}
