package vn.ocop.shared.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

/**
 * Paths that a module opens to everyone, without signing in. A module declares them as a bean; the security
 * configuration collects every such bean and permits them on the matching chain (patterns under {@code /api/}
 * on the stateless API chain, all others on the page chain).
 *
 * @param method the HTTP method the patterns are open for, or {@code null} for every method
 * @param patterns Ant-style path patterns, e.g. {@code /products/**}
 */
public record PublicPaths(@Nullable HttpMethod method, List<String> patterns) {

	public PublicPaths {
		patterns = List.copyOf(patterns);
	}

	public static PublicPaths of(String... patterns) {
		return new PublicPaths(null, List.of(patterns));
	}

	public static PublicPaths of(HttpMethod method, String... patterns) {
		return new PublicPaths(method, List.of(patterns));
	}

	public List<String> apiPatterns() {
		return patterns.stream().filter(p -> p.startsWith("/api/")).toList();
	}

	public List<String> pagePatterns() {
		return patterns.stream().filter(p -> !p.startsWith("/api/")).toList();
	}
}
