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

	private final java.time.Clock clock;

	LayoutModelAdvice(List<NavigationItem> items, java.time.Clock clock) {
		this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
		this.clock = clock;
	}

	/** One clock: every page formats instants in the configured zone ({@code ocop.zone}), as {@code x.atZone(zone)}. */
	@ModelAttribute("zone")
	java.time.ZoneId zone() {
		return clock.getZone();
	}

	/**
	 * Whether a user is signed in: the layout asks on every page, and this costs nothing where a security expression
	 * in the template ({@code #authorization.expression('isAuthenticated()')}) is parsed and evaluated each time.
	 */
	@ModelAttribute("signedIn")
	boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof org.springframework.security.authentication.AnonymousAuthenticationToken);
	}

	@ModelAttribute("navigation")
	List<NavigationItem> navigation() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!signedIn()) {
			return List.of();
		}
		Set<String> roles = authentication.getAuthorities().stream()
				.map(GrantedAuthority::getAuthority)
				.filter(a -> a.startsWith("ROLE_"))
				.map(a -> a.substring(5))
				.collect(Collectors.toSet());
		return items.stream().filter(i -> i.roles().isEmpty() || i.roles().stream().anyMatch(roles::contains)).toList();
	}

	/**
	 * The same entries grouped into menu sections by the area their path belongs to, so that a user with many
	 * roles gets a short bar of drop-down menus; a section with a single entry is a plain link.
	 */
	@ModelAttribute("navigationMenu")
	List<MenuSection> navigationMenu() {
		var sections = new java.util.LinkedHashMap<String, List<NavigationItem>>();
		for (NavigationItem item : navigation()) {
			sections.computeIfAbsent(sectionOf(item.href()), k -> new java.util.ArrayList<>()).add(item);
		}
		return sections.entrySet().stream()
				.map(e -> new MenuSection(e.getValue().size() == 1 ? e.getValue().get(0).labelCode() : e.getKey(),
						e.getValue().size() == 1 ? e.getValue().get(0).href() : null, e.getValue()))
				.toList();
	}

	/** The message code of the menu section of a path. */
	static String sectionOf(String href) {
		String path = href.startsWith("/") ? href.substring(1) : href;
		String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
		return switch (first) {
			case "registry" -> "nav.section.registry";
			case "evaluation", "criteria", "certification" -> "nav.section.evaluation";
			case "monitoring" -> "nav.section.monitoring";
			case "programme", "kpis" -> "nav.section.programme";
			case "products", "content", "shop" -> "nav.section.promotion";
			case "admin", "users" -> "nav.section.admin";
			default -> "nav.section." + first;
		};
	}

	/**
	 * A menu section: a drop-down of {@code items}, or, when {@code href} is set, a plain link.
	 */
	record MenuSection(String labelCode, @org.jspecify.annotations.Nullable String href, List<NavigationItem> items) {

		public boolean active(@org.jspecify.annotations.Nullable String currentPath) {
			return currentPath != null && items.stream().anyMatch(i -> currentPath.startsWith(i.href()));
		}
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}
}
