package vn.ocop.identity;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What it takes to create an account.
 */
public record NewUser(
		@NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String username,
		@NotBlank @Size(max = 200) String displayName,
		@Nullable @Email @Size(max = 200) String email,
		@NotBlank @Size(min = 8, max = 128) String password,
		@NotEmpty Set<Role> roles,
		@NotBlank @Size(max = 16) String unitCode) {
}
