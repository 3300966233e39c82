package vn.ocop.identity;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who a recorded username is, for people to read (issue 16): the one way the other modules and the pages turn the
 * usernames they keep (recordedBy, author, actor …) into the full names of the accounts. Pages call it as
 * {@code @people} — {@code ${@people.name(report.submittedBy)}}; lookups are remembered for the request.
 */
@Component("people")
public class People {

	/** The name the application records for changes it makes itself. */
	public static final String SYSTEM = "system";

	/** The name recorded for a visitor who has not signed in. */
	public static final String ANONYMOUS = "anonymous";

	private static final String MEMO = People.class.getName() + ".names";

	private final UserAccounts accounts;
	private final MessageSource messages;

	People(UserAccounts accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	/**
	 * The full names of the accounts among the given usernames, by username as given, looked up at once. A name that
	 * is no account ({@code system}, a visitor, a demo job) has no entry.
	 */
	@Transactional(readOnly = true)
	public Map<String, String> names(Collection<String> usernames) {
		Map<String, String> memo = memo();
		Map<String, String> names = new HashMap<>();
		Set<String> wanted = new LinkedHashSet<>();
		for (String username : usernames) {
			if (username == null || username.isBlank() || username.length() > 64) {
				continue;
			}
			String key = key(username);
			if (memo != null && memo.containsKey(key)) {
				String known = memo.get(key);
				if (!known.isEmpty()) {
					names.put(username, known);
				}
			}
			else {
				wanted.add(key);
			}
		}
		if (!wanted.isEmpty()) {
			Map<String, String> found = new HashMap<>();
			for (UserAccount account : accounts.findAllByUsernameIn(wanted)) {
				if (!account.getDisplayName().isBlank()) {
					found.put(account.getUsername(), account.getDisplayName());
				}
			}
			if (memo != null) {
				wanted.forEach(key -> memo.put(key, found.getOrDefault(key, "")));
			}
			for (String username : usernames) {
				if (username != null && found.containsKey(key(username))) {
					names.put(username, found.get(key(username)));
				}
			}
		}
		return names;
	}

	/**
	 * The person behind a recorded username as a page shows it: the account's full name; the application itself or
	 * a name that is no account as "Hệ thống" / "System"; a visitor who had not signed in in words. Never the
	 * username. Empty for no name.
	 */
	public String name(@Nullable String username) {
		if (username == null || username.isBlank()) {
			return "";
		}
		if (ANONYMOUS.equals(username)) {
			return message("identity.person.anonymous");
		}
		String full = names(java.util.List.of(username)).get(username);
		return full != null ? full : message("identity.person.system");
	}

	/**
	 * For a field where a person may type an account or some other name (a task's lead account): the account's full
	 * name, the text as typed when it is no account; empty for none.
	 */
	public String nameOrAsTyped(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return "";
		}
		return names(java.util.List.of(text)).getOrDefault(text, text);
	}

	/**
	 * The usernames of the accounts whose username or full name contains the words, ignoring case and diacritics
	 * ({@code "thi ha"} finds "Nguyễn Thị Hà"), in alphabetical order; none for blank words.
	 */
	@Transactional(readOnly = true)
	public Set<String> usernamesMatching(@Nullable String words) {
		Set<String> usernames = new TreeSet<>();
		if (words == null || words.isBlank()) {
			return usernames;
		}
		String wanted = fold(words);
		for (UserAccount account : accounts.findAllByOrderByUsername()) {
			if (fold(account.getUsername()).contains(wanted) || fold(account.getDisplayName()).contains(wanted)) {
				usernames.add(account.getUsername());
			}
		}
		return usernames;
	}

	/** Lower case without diacritics and with single spaces: "Nguyễn  Thị Hà" becomes "nguyen thi ha". */
	static String fold(String text) {
		String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
				.replaceAll("\\p{M}+", "")
				.replace('đ', 'd').replace('Đ', 'D');
		return decomposed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
	}

	private static String key(String username) {
		return username.strip().toLowerCase(Locale.ROOT);
	}

	private String message(String code) {
		return messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
	}

	/** The names looked up during the current request (an empty string for a name that is no account). */
	@SuppressWarnings("unchecked")
	private static @Nullable Map<String, String> memo() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return null;
		}
		Object memo = request.getAttribute(MEMO, RequestAttributes.SCOPE_REQUEST);
		if (memo == null) {
			memo = new HashMap<String, String>();
			request.setAttribute(MEMO, memo, RequestAttributes.SCOPE_REQUEST);
		}
		return (Map<String, String>) memo;
	}
}
