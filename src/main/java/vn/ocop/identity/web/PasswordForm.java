package vn.ocop.identity.web;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.Size;

/**
 * A new password an administrator sets for an account; its least length is the account's own rule.
 */
class PasswordForm {

	@Size(max = 128)
	private String password = "";

	public String getPassword() {
		return password;
	}

	public void setPassword(@Nullable String password) {
		this.password = password == null ? "" : password;
	}
}
