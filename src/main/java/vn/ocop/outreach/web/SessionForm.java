package vn.ocop.outreach.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A session added to a training course; that it falls within the course's days is the course's own rule. */
class SessionForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate heldOn;

	@NotBlank
	@Size(max = 500)
	private String topic = "";

	public @Nullable LocalDate getHeldOn() {
		return heldOn;
	}

	public void setHeldOn(@Nullable LocalDate heldOn) {
		this.heldOn = heldOn;
	}

	public String getTopic() {
		return topic;
	}

	public void setTopic(@Nullable String topic) {
		this.topic = topic == null ? "" : topic;
	}
}
