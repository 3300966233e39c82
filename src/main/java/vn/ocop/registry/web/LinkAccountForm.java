package vn.ocop.registry.web;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.Pattern;

/**
 * The producer account to let act for a producer.
 */
class LinkAccountForm {

	@Pattern(regexp = "[A-Za-z0-9._-]{3,64}")
	private String username = "";

	public String getUsername() {
		return username;
	}

	public void setUsername(@Nullable String username) {
		this.username = username == null ? "" : username.strip();
	}
}
