package vn.ocop.shared.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The lookup of the controller method of a request, made cheaper for addresses with variables
 * ({@code /products/{slug}}, {@code /verify/{code}}, every record page of the back office): Spring MVC then tries
 * every one of the application's ~550 mappings, and checks each one's conditions in turn — the HTTP method, the
 * parameters, the headers, what the request consumes and what it accepts — before its path. These make that
 * cheaper here, with the same answer:
 * <ul>
 * <li>the mappings are grouped once by the literal first segment of their patterns, and a path's own group is tried
 * first (walking all ~550 mappings per request was a fifth of a product page's CPU even with the checks below); when
 * exactly one mapping of it matches, that is the answer;</li>
 * <li>the path is checked first: a mapping whose path patterns do not match the request's path cannot match
 * whatever its other conditions say, and for all but a few mappings that is the end of it (profiled on
 * {@code /verify/{code}}, the other conditions of the mappings that could never match were half of the page's CPU);</li>
 * <li>the request's HTTP method and its parsed path are read once, not through the chain of request wrappers of
 * the security filters for every mapping (a sixth of a product page's CPU before);</li>
 * <li>before its patterns are matched, a mapping whose patterns all begin with a literal segment is passed over
 * when none of these is the path's first segment (matching ~550 patterns was a tenth of a product page's CPU).</li>
 * </ul>
 * Everything else (attributes set on a match, headers, parameters) goes to the request itself; when no mapping of
 * the group or several match, Spring's own lookup decides.
 */
@Configuration(proxyBeanMethods = false)
class QuickHandlerLookup implements WebMvcRegistrations {

	@Override
	public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
		return new Mappings();
	}

	/**
	 * Spring's mapping of requests to controller methods, with the lookup of an address that is not one of the
	 * mappings' literal paths made cheaper: the mappings are grouped once by the literal first segment of their
	 * patterns, and only the path's group (with the mappings that begin otherwise) is tried. When exactly one of
	 * them matches, it is the answer, as Spring would give it; when none or several match, or for a CORS pre-flight
	 * request, Spring's own lookup over all mappings decides (its order among several, its errors: 404, 405, 415).
	 */
	static class Mappings extends RequestMappingHandlerMapping {

		/** The groups, built at the first lookup after the mappings change. */
		private volatile @Nullable Groups groups;

		/**
		 * The first path segment of each mapping's patterns when all begin with a literal one (else none), by
		 * identity: the mappings are the registry's own objects, and {@code RequestMappingInfo.hashCode()} boxes
		 * its parts on every call (most of the lookup's CPU when it was the key of a hash map). Copied on write:
		 * filled once as the mappings are first tried, then only read.
		 */
		private volatile Map<RequestMappingInfo, String[]> firstSegments = new IdentityHashMap<>();

		@Override
		protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
				throws Exception {
			var once = new MethodReadOnce(request);
			Groups current = groups;
			if (current == null) {
				current = groups = new Groups(getHandlerMethods(), this::getDirectPaths);
			}
			if (once.firstSegment != null && !current.direct.contains(lookupPath)
					&& !CorsUtils.isPreFlightRequest(request)) {
				RequestMappingInfo matched = null;
				HandlerMethod handler = null;
				for (Candidate candidate : current.of(once.firstSegment)) {
					RequestMappingInfo match = getMatchingMapping(candidate.info(), once);
					if (match != null) {
						if (matched != null) {
							return super.lookupHandlerMethod(lookupPath, once); // several: Spring orders them
						}
						matched = match;
						handler = candidate.handler();
					}
				}
				if (matched != null) {
					request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
					handleMatch(matched, lookupPath, once);
					return handler;
				}
			}
			return super.lookupHandlerMethod(lookupPath, once);
		}

		@Override
		protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
			super.registerHandlerMethod(handler, method, mapping);
			groups = null;
		}

		@Override
		public void unregisterMapping(RequestMappingInfo mapping) {
			super.unregisterMapping(mapping);
			groups = null;
		}

		private String[] firstSegments(RequestMappingInfo info) {
			String[] firsts = firstSegments.get(info);
			if (firsts == null) {
				firsts = QuickHandlerLookup.firstSegments(info);
				synchronized (this) {
					var copy = new IdentityHashMap<>(firstSegments);
					copy.put(info, firsts);
					firstSegments = copy;
				}
			}
			return firsts;
		}

		@Override
		protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info,
				HttpServletRequest request) {
			if (request instanceof MethodReadOnce once
					&& (!once.mayStartWith(firstSegments(info))
							|| !once.mayMatch(info.getPathPatternsCondition()))) {
				return null;
			}
			return super.getMatchingMapping(info, request);
		}
	}

	/**
	 * The mappings by the literal first segment of their patterns (lower case), each group with the mappings that
	 * do not begin with a literal segment; and the literal paths, which Spring finds at once.
	 */
	static final class Groups {

		private final Map<String, Candidate[]> bySegment = new HashMap<>();
		private final Candidate[] others;
		final Set<String> direct = new HashSet<>();

		Groups(Map<RequestMappingInfo, HandlerMethod> handlers,
				Function<RequestMappingInfo, Set<String>> directPaths) {
			List<Candidate> any = new ArrayList<>();
			Map<String, List<Candidate>> grouped = new HashMap<>();
			handlers.forEach((info, handler) -> {
				var candidate = new Candidate(info, handler);
				String[] firsts = firstSegments(info);
				if (firsts.length == 0) {
					any.add(candidate);
				}
				Set<String> lowered = new LinkedHashSet<>();
				for (String first : firsts) {
					lowered.add(first.toLowerCase(Locale.ROOT));
				}
				for (String first : lowered) {
					grouped.computeIfAbsent(first, f -> new ArrayList<>()).add(candidate);
				}
				direct.addAll(directPaths.apply(info));
			});
			others = any.toArray(Candidate[]::new);
			grouped.forEach((first, candidates) -> {
				candidates.addAll(any);
				bySegment.put(first, candidates.toArray(Candidate[]::new));
			});
		}

		/** The mappings that may match a path beginning with this segment. */
		Candidate[] of(String firstSegment) {
			Candidate[] group = bySegment.get(firstSegment);
			if (group == null) {
				group = bySegment.get(firstSegment.toLowerCase(Locale.ROOT));
			}
			return group != null ? group : others;
		}
	}

	/** A mapping and its controller method. */
	record Candidate(RequestMappingInfo info, HandlerMethod handler) {
	}

	private static final String[] ANY = {};

	/**
	 * The literal first segment of each of the mapping's path patterns ({@code products} of
	 * {@code /products/{slug}}); {@link #ANY} when one of them begins otherwise (a variable, a wildcard, no segment).
	 */
	static String[] firstSegments(RequestMappingInfo info) {
		PathPatternsRequestCondition condition = info.getPathPatternsCondition();
		if (condition == null || condition.getPatterns().isEmpty()) {
			return ANY;
		}
		List<String> firsts = new ArrayList<>();
		for (PathPattern pattern : condition.getPatterns()) {
			String text = pattern.getPatternString();
			if (!text.startsWith("/")) {
				return ANY;
			}
			int end = text.indexOf('/', 1);
			String first = end < 0 ? text.substring(1) : text.substring(1, end);
			if (first.isEmpty() || first.chars().anyMatch(c -> c == '{' || c == '*' || c == '?' || c == '}')) {
				return ANY;
			}
			firsts.add(first);
		}
		return firsts.toArray(String[]::new);
	}

	/** A request whose HTTP method and parsed path are read once. */
	static final class MethodReadOnce extends HttpServletRequestWrapper {

		private final String method;
		private final @Nullable PathContainer path;
		/** The path's first segment as patterns match it (decoded, without matrix variables); null if unknown. */
		final @Nullable String firstSegment;

		MethodReadOnce(HttpServletRequest request) {
			super(request);
			this.method = request.getMethod();
			this.path = ServletRequestPathUtils.hasParsedRequestPath(request)
					? ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication()
					: null;
			this.firstSegment = path != null && path.elements().size() > 1
					&& path.elements().get(0) instanceof PathContainer.Separator
					&& path.elements().get(1) instanceof PathContainer.PathSegment segment ? segment.valueToMatch() : null;
		}

		/**
		 * Whether a mapping whose patterns all begin with one of these literal segments may match (a cheap first
		 * check: a pattern's literal first segment must be the path's); true when either is unknown.
		 */
		boolean mayStartWith(String[] firstSegments) {
			if (firstSegment == null || firstSegments.length == 0) {
				return true;
			}
			for (String first : firstSegments) {
				if (first.equalsIgnoreCase(firstSegment)) {
					return true;
				}
			}
			return false;
		}

		@Override
		public String getMethod() {
			return method;
		}

		/** Whether one of the patterns matches the path (true when either is unknown: the full check decides). */
		boolean mayMatch(@Nullable PathPatternsRequestCondition patterns) {
			if (path == null || patterns == null) {
				return true;
			}
			for (PathPattern pattern : patterns.getPatterns()) {
				if (pattern.matches(path)) {
					return true;
				}
			}
			return false;
		}
	}
}
