package vn.ocop.identity.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The account form of the admin screens. The password is required only when creating.
 */
class UserForm {

	@NotBlank
	@Size(min = 3, max = 64)
	@Pattern(regexp = "[A-Za-z0-9._-]*")
	private String username = "";

	@NotBlank
	@Size(max = 200)
	private String displayName = "";

	@Email
	@Size(max = 200)
	private String email = "";

	@Size(max = 128)
	private String password = "";

	@NotEmpty
	private Set<vn.ocop.identity.Role> roles = EnumSet.noneOf(vn.ocop.identity.Role.class);

	@NotBlank
	@Size(max = 16)
	private String unitCode = "";

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public Set<vn.ocop.identity.Role> getRoles() {
		return roles;
	}

	public void setRoles(Set<vn.ocop.identity.Role> roles) {
		this.roles = roles;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public void setUnitCode(String unitCode) {
		this.unitCode = unitCode;
	}
}
