package vn.ocop.identity.web;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import vn.ocop.identity.AccessScope;
import vn.ocop.identity.NewUser;
import vn.ocop.identity.Role;
import vn.ocop.identity.UserManagement;
import vn.ocop.identity.UserSummary;

/**
 * Accounts over the API: the provincial office administers them; officers see the accounts of their area.
 */
@RestController
@RequestMapping("/api/v1/users")
@Validated
@Tag(name = "identity")
class UserApiController {

	record UserPage(long total, List<UserSummary> items) {
	}

	record UserUpdate(@NotBlank @Size(max = 200) String displayName, @Nullable @Email @Size(max = 200) String email,
			@NotEmpty Set<Role> roles, @NotBlank @Size(max = 16) String unitCode) {
	}

	record PasswordReset(@NotBlank @Size(min = 8, max = 128) String password) {
	}

	private final UserManagement users;
	private final AccessScope scope;

	UserApiController(UserManagement users, AccessScope scope) {
		this.users = users;
		this.scope = scope;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('PROVINCE_ADMIN','DISTRICT_OFFICER','COMMUNE_OFFICER')")
	@Operation(summary = "Tài khoản trong phạm vi / Accounts within the caller's scope")
	UserPage list(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable Role role,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		var result = users.searchVisibleTo(scope.requireCurrentUser(), q, role, PageRequest.of(page, size));
		return new UserPage(result.getTotalElements(), result.getContent());
	}

	@GetMapping("/{username}")
	@Operation(summary = "Một tài khoản / One account")
	UserSummary get(@PathVariable String username) {
		return users.getVisibleTo(scope.requireCurrentUser(), username);
	}

	@PostMapping
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	@Operation(summary = "Tạo tài khoản / Create an account")
	ResponseEntity<UserSummary> create(@Valid @RequestBody NewUser user) {
		var created = users.create(user);
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.username())).body(created);
	}

	@PutMapping("/{username}")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	@Operation(summary = "Sửa tài khoản / Change an account")
	UserSummary update(@PathVariable String username, @Valid @RequestBody UserUpdate update) {
		var user = users.getVisibleTo(scope.requireCurrentUser(), username);
		return users.update(user.id(), update.displayName(), update.email(), update.roles(), update.unitCode());
	}

	@PostMapping("/{username}/password")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	@Operation(summary = "Đặt lại mật khẩu / Reset the password")
	ResponseEntity<Void> resetPassword(@PathVariable String username, @Valid @RequestBody PasswordReset reset) {
		users.resetPassword(users.getVisibleTo(scope.requireCurrentUser(), username).id(), reset.password());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{username}/disable")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	@Operation(summary = "Vô hiệu hóa tài khoản / Disable the account")
	UserSummary disable(@PathVariable String username) {
		var id = users.getVisibleTo(scope.requireCurrentUser(), username).id();
		users.disable(id);
		return users.get(id);
	}

	@PostMapping("/{username}/enable")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	@Operation(summary = "Kích hoạt lại tài khoản / Enable the account")
	UserSummary enable(@PathVariable String username) {
		var id = users.getVisibleTo(scope.requireCurrentUser(), username).id();
		users.enable(id);
		return users.get(id);
	}

	@PostMapping("/{username}/unlock")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	@Operation(summary = "Mở khóa tài khoản / Unlock the account")
	UserSummary unlock(@PathVariable String username) {
		var id = users.getVisibleTo(scope.requireCurrentUser(), username).id();
		users.unlock(id);
		return users.get(id);
	}
}
