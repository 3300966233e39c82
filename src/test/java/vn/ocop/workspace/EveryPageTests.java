package vn.ocop.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every page of every role renders without a message key, an English word from a list of known leaks or a UTC time
 * (issue 16). For each demo role (and the anonymous visitor) the test starts at the dashboard (the visitor at
 * {@code /}), follows same-site GET links breadth-first — one sample per path pattern, at most {@link #MAX_PAGES} pages
 * a role — and checks every HTML page: no 5xx, no unresolved {@code ??key??}, none of {@link #LEAKS} as a whole word
 * in the visible text, no ISO UTC timestamp in the visible text. Every problem is collected and the test fails once
 * with the whole list.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class EveryPageTests {

	static final int MAX_PAGES = 60;

	/** Demo account → role, as in {@code DemoData.ACCOUNTS}; {@code null} is the anonymous visitor. */
	static final String[][] ROLES = {
			{ null, null },
			{ "admin", "PROVINCE_ADMIN" },
			{ "district", "DISTRICT_OFFICER" },
			{ "district-hs", "DISTRICT_OFFICER" },
			{ "commune", "COMMUNE_OFFICER" },
			{ "council1", "COUNCIL_MEMBER" },
			{ "council2", "COUNCIL_MEMBER" },
			{ "producer", "PRODUCER" },
			{ "producer-hs", "PRODUCER" },
			{ "inspector", "INSPECTOR" },
			{ "editor", "EDITOR" } };

	/**
	 * English words that must never reach a Vietnamese page: enum constants of the domain (statuses, roles), technical
	 * values and framework error pages. Matched case-sensitively as whole words of the visible text (letters, digits,
	 * '_' and '-' around a match make it part of another word, so product codes and Vietnamese text do not match).
	 */
	static final List<String> LEAKS = List.of(
			// certificate and evaluation states
			"VALID", "DOWNGRADED", "EXPIRED", "REVOKED", "SUPERSEDED", "RATED", "NOT_RATED", "DISQUALIFIED",
			// workflow states
			"PENDING", "APPLIED", "IN_PROGRESS", "DRAFT", "SUBMITTED", "APPROVED", "REJECTED", "SELECTED",
			"REGISTERED", "CERTIFIED", "PUBLISHED", "ARCHIVED", "CANCELLED", "CONFIRMED", "SHIPPED", "DELIVERED",
			"OPEN", "CLOSED", "SCHEDULED", "COMPLETED", "OVERDUE", "ACTIVE", "INACTIVE", "RETURNED", "IN_REVIEW",
			"PLANNED", "LATE", "ON_TIME",
			// roles
			"PROVINCE_ADMIN", "DISTRICT_OFFICER", "COMMUNE_OFFICER", "COUNCIL_MEMBER", "INSPECTOR", "PRODUCER",
			"EDITOR",
			// organisation and case kinds
			"ENTERPRISE", "COOPERATIVE", "COOPERATIVE_GROUP", "HOUSEHOLD_BUSINESS", "HOUSEHOLD",
			// technical values
			"null", "undefined", "NaN", "true", "false", "Whitelabel", "Exception", "application/pdf", "image/jpeg",
			"image/png", "text/csv", "application/json");

	static final Pattern LEAK = Pattern.compile("(?<![\\p{L}\\p{N}_\\-/])("
			+ String.join("|", LEAKS.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}_\\-/])");

	static final Pattern USERNAME = Pattern.compile("(?<![\\p{L}\\p{N}_\\-/.@])(" + String.join("|",
			java.util.Arrays.stream(ROLES).map(r -> r[0]).filter(java.util.Objects::nonNull).map(Pattern::quote).toList())
			+ "|council[3-5])(?![\\p{L}\\p{N}_\\-/.@])");

	static final Pattern MESSAGE_KEY = Pattern.compile("\\?\\?[^?\\s<>\"]+\\?\\?");

	static final Pattern UTC_TIME = Pattern
			.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?(\\.\\d+)?(Z|\\+00:00)");

	static final Pattern UUID_SEGMENT = Pattern
			.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	static final Pattern DOWNLOAD = Pattern.compile(".*\\.(pdf|xlsx|xls|png|jpe?g|webp|gif|svg|csv|json|zip|ico|txt|xml|js|css)$",
			Pattern.CASE_INSENSITIVE);

	@Autowired
	MockMvc mvc;

	@Test
	void shouldRenderEveryPageOfEveryRoleWithoutLeaks() throws Exception {
		List<String> problems = new ArrayList<>();
		int pages = 0;
		for (String[] role : ROLES) {
			pages += crawl(role[0], role[1], problems);
		}
		assertThat(pages).as("pages checked").isGreaterThan(100);
		assertThat(problems).as("problems on %d pages", pages).isEmpty();
	}

	/** Crawls one role's pages breadth-first; returns how many were fetched. */
	int crawl(String username, String role, List<String> problems) throws Exception {
		String who = username == null ? "anonymous" : username;
		Deque<String> queue = new ArrayDeque<>();
		Set<String> seen = new HashSet<>();
		String start = username == null ? "/" : "/dashboard";
		queue.add(start);
		seen.add(pattern(start));
		int fetched = 0;
		while (!queue.isEmpty() && fetched < MAX_PAGES) {
			String url = queue.poll();
			MockHttpServletRequestBuilder request;
			try {
				request = get(URI.create(url));
			}
			catch (IllegalArgumentException e) {
				problems.add(who + " " + url + ": a link that is not a valid URL");
				continue;
			}
			if (username != null) {
				request = request.with(user(username).roles(role));
			}
			MockHttpServletResponse response;
			try {
				response = mvc.perform(request).andReturn().getResponse();
			}
			catch (Exception e) {
				problems.add(who + " " + url + ": throws " + e);
				continue;
			}
			fetched++;
			int status = response.getStatus();
			if (status >= 500) {
				problems.add(who + " " + url + ": answers " + status);
				continue;
			}
			if (status >= 300 && status < 400 && response.getRedirectedUrl() != null) {
				enqueue(response.getRedirectedUrl(), queue, seen);
				continue;
			}
			String type = response.getContentType();
			if (status != 200 || type == null || !type.startsWith("text/html")) {
				continue;
			}
			String html = response.getContentAsString(StandardCharsets.UTF_8);
			check(who, url, html, problems);
			if (username == null) {
				checkNoUsername(who, url, html, problems);
			}
			Document document = Jsoup.parse(html);
			for (Element link : document.select("a[href]")) {
				enqueue(link.attr("href"), queue, seen);
			}
		}
		return fetched;
	}

	static void check(String who, String url, String html, List<String> problems) {
		Set<String> found = new TreeSet<>();
		Matcher keys = MESSAGE_KEY.matcher(html);
		while (keys.find()) {
			found.add("message key " + keys.group());
		}
		String text = visibleText(html);
		Matcher leaks = LEAK.matcher(text);
		while (leaks.find()) {
			found.add("English \"" + leaks.group(1) + "\" in «" + around(text, leaks.start(), leaks.end()) + "»");
		}
		Matcher times = UTC_TIME.matcher(text);
		while (times.find()) {
			found.add("UTC time " + times.group() + " in «" + around(text, times.start(), times.end()) + "»");
		}
		found.forEach(problem -> problems.add(who + " " + url + ": " + problem));
	}

	/** A public page never shows an account's username (issue 16): none of the demo accounts' as a whole word. */
	static void checkNoUsername(String who, String url, String html, List<String> problems) {
		String text = visibleText(html);
		Matcher usernames = USERNAME.matcher(text);
		while (usernames.find()) {
			problems.add(who + " " + url + ": username \"" + usernames.group(1) + "\" in «"
					+ around(text, usernames.start(), usernames.end()) + "»");
		}
	}

	/**
	 * The text a person reads: no tags, scripts, styles, templates or attribute values; nor machine values marked as
	 * such ({@code <code>}, {@code <kbd>}, {@code <samp>}, e.g. the open data's column names and field values).
	 */
	static String visibleText(String html) {
		Document document = Jsoup.parse(html);
		document.select("script, style, template, noscript, code, kbd, samp").remove();
		return document.text();
	}

	static String around(String text, int start, int end) {
		return text.substring(Math.max(0, start - 40), Math.min(text.length(), end + 40));
	}

	static void enqueue(String href, Deque<String> queue, Set<String> seen) {
		if (href == null || href.isBlank()) {
			return;
		}
		String url = href.strip();
		if (url.startsWith("http://localhost")) {
			url = url.substring("http://localhost".length());
		}
		if (!url.startsWith("/") || url.startsWith("//")) {
			return;
		}
		int hash = url.indexOf('#');
		if (hash >= 0) {
			url = url.substring(0, hash);
		}
		String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
		if (path.isEmpty() || path.equals("/logout") || path.startsWith("/api/") || path.startsWith("/actuator")
				|| path.startsWith("/h2-console") || DOWNLOAD.matcher(path).matches()) {
			return;
		}
		if (seen.add(pattern(url))) {
			queue.add(url);
		}
	}

	/** One sample per path pattern: UUIDs and numbers in the path become placeholders, the query keeps its names. */
	static String pattern(String url) {
		String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
		String query = url.contains("?") ? url.substring(url.indexOf('?') + 1) : "";
		path = UUID_SEGMENT.matcher(path).replaceAll("{id}").replaceAll("\\d+", "{n}");
		Set<String> names = new TreeSet<>();
		for (String pair : query.split("&")) {
			if (!pair.isEmpty()) {
				names.add(pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair);
			}
		}
		return path + (names.isEmpty() ? "" : "?" + String.join("&", names));
	}

}
