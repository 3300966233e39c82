package vn.ocop.shared.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Gives every page the navigation that fits the signed-in user's roles and the current path: added to the model of
 * a view about to be rendered (a handler's own value of the same name wins). Not model-attribute methods of a
 * controller advice: Spring MVC prepares and invokes those, reflectively, for every handler — JSON answers and
 * responses a handler writes itself included — which cost about 5 % of a public catalogue search.
 */
@Component
class LayoutModel implements HandlerInterceptor {

	private final List<NavigationItem> items;

	private final java.time.Clock clock;

	LayoutModel(List<NavigationItem> items, java.time.Clock clock) {
		this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
		this.clock = clock;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView view) {
		if (view == null || view.getView() instanceof RedirectView || view.getViewName() != null
				&& (view.getViewName().startsWith("redirect:") || view.getViewName().startsWith("forward:"))) {
			return;
		}
		var model = view.getModelMap();
		model.putIfAbsent("zone", zone());
		model.putIfAbsent("signedIn", signedIn());
		model.putIfAbsent("navigation", navigation());
		model.putIfAbsent("navigationMenu", navigationMenu());
		model.putIfAbsent("currentPath", currentPath(request));
	}

	/** One clock: every page formats instants in the configured zone ({@code ocop.zone}), as {@code x.atZone(zone)}. */
	java.time.ZoneId zone() {
		return clock.getZone();
	}

	/**
	 * Whether a user is signed in: the layout asks on every page, and this costs nothing where a security expression
	 * in the template ({@code #authorization.expression('isAuthenticated()')}) is parsed and evaluated each time.
	 */
	boolean signedIn() {
		return isSignedIn();
	}

	/** See {@link #signedIn()}. */
	static boolean isSignedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof org.springframework.security.authentication.AnonymousAuthenticationToken);
	}

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

	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}
}
