package vn.ocop.shared.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Gives every page the navigation that fits the signed-in user's roles and the current path.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutModelAdvice {

	private final List<NavigationItem> items;

	LayoutModelAdvice(List<NavigationItem> items) {
		this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
	}

	@ModelAttribute("navigation")
	List<NavigationItem> navigation() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated() || "anonymousUser".equals(authentication.getName())) {
			return List.of();
		}
		Set<String> roles = authentication.getAuthorities().stream()
				.map(GrantedAuthority::getAuthority)
				.filter(a -> a.startsWith("ROLE_"))
				.map(a -> a.substring(5))
				.collect(Collectors.toSet());
		return items.stream().filter(i -> i.roles().isEmpty() || i.roles().stream().anyMatch(roles::contains)).toList();
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}
}
