package vn.ocop.shared.web;

import java.util.List;

import org.springframework.http.HttpMethod;

/**
 * Paths that a module restricts to roles at the door, in the security filters, before the request's body is read:
 * for uploads (a file is parsed before any controller or service check runs) and other operations whose body is
 * costly to take in. The security configuration collects every such bean; the module still checks the role (and
 * the record's unit) in its service, which stays the authority.
 *
 * @param method the HTTP method
 * @param patterns Ant-style path patterns
 * @param roles the roles (without {@code ROLE_}) any of which lets the request through
 */
public record RolePaths(HttpMethod method, List<String> patterns, List<String> roles) {

	public RolePaths {
		patterns = List.copyOf(patterns);
		roles = List.copyOf(roles);
	}

	public static RolePaths of(HttpMethod method, String pattern, String... roles) {
		return new RolePaths(method, List.of(pattern), List.of(roles));
	}
}
