package vn.ocop.identity.web;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * What an administrator does to an account's status: disable, enable or unlock it.
 */
class StatusForm {

	@NotBlank
	@Pattern(regexp = "disable|enable|unlock")
	private String action = "";

	public String getAction() {
		return action;
	}

	public void setAction(@Nullable String action) {
		this.action = action == null ? "" : action;
	}
}
