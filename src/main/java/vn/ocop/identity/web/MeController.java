package vn.ocop.identity.web;

import java.util.Set;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ocop.identity.AccessScope;
import vn.ocop.identity.Role;

/**
 * Who am I: lets scripts and integrations check their credentials and scope.
 */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "identity", description = "Tài khoản và quyền / Accounts and access")
class MeController {

	record Me(String username, String displayName, Set<Role> roles, String unitCode) {
	}

	private final AccessScope scope;

	MeController(AccessScope scope) {
		this.scope = scope;
	}

	@GetMapping
	@Operation(summary = "Tài khoản đang đăng nhập / The signed-in account")
	Me me() {
		var user = scope.requireCurrentUser();
		return new Me(user.username(), user.displayName(), user.roles(), user.unitCode());
	}
}
