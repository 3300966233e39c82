package vn.ocop.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Properties;

import org.springframework.stereotype.Component;

import vn.ocop.identity.CurrentUser;
import vn.ocop.shared.NotFoundException;
import vn.ocop.shared.storage.FileStorage;

/**
 * The tickets of import previews: the uploaded file is stored, and next to it a small ticket (who uploaded it, when,
 * the file's key and name) whose storage key, encoded, is the preview's token. A token stays valid for
 * {@link #LIFETIME}, survives restarts, and anything that is not a ticket of ours reads as an unknown token (404).
 */
@Component
class RegistryImportTickets {

	static final Duration LIFETIME = Duration.ofHours(24);

	static final String AREA = "imports";

	private static final String MAGIC = "ocop-registry-import";

	/** Who uploaded which file when. */
	record Ticket(String dataKey, String username, String fileName, Instant created) {
	}

	private final FileStorage storage;
	private final Clock clock;

	RegistryImportTickets(FileStorage storage, Clock clock) {
		this.storage = storage;
		this.clock = clock;
	}

	/** Stores the file and its ticket; returns the token. */
	String issue(CurrentUser user, String fileName, byte[] content) throws IOException {
		String dataKey = storage.store(AREA, content);
		var properties = new Properties();
		properties.setProperty("magic", MAGIC);
		properties.setProperty("data", dataKey);
		properties.setProperty("user", user.username());
		properties.setProperty("file", fileName);
		properties.setProperty("created", clock.instant().toString());
		var bytes = new ByteArrayOutputStream();
		properties.store(bytes, null);
		String ticketKey = storage.store(AREA, bytes.toByteArray());
		return Base64.getUrlEncoder().withoutPadding().encodeToString(ticketKey.getBytes(StandardCharsets.UTF_8));
	}

	/** The ticket of a token; 404 if the token is unknown, malformed or expired, or its file is gone. */
	Ticket ticket(String token) {
		String key;
		try {
			key = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException e) {
			throw notFound(token);
		}
		if (!key.startsWith(AREA + "/") || key.contains("..") || key.contains("\\") || key.length() > 200) {
			throw notFound(token);
		}
		try {
			if (!storage.exists(key)) {
				throw notFound(token);
			}
			var properties = new Properties();
			try (InputStream in = storage.open(key)) {
				properties.load(in);
			}
			String data = properties.getProperty("data", "");
			if (!MAGIC.equals(properties.getProperty("magic")) || !data.startsWith(AREA + "/")) {
				throw notFound(token);
			}
			Instant created = Instant.parse(properties.getProperty("created"));
			if (created.plus(LIFETIME).isBefore(clock.instant()) || !storage.exists(data)) {
				throw notFound(token);
			}
			return new Ticket(data, properties.getProperty("user", ""), properties.getProperty("file", ""), created);
		}
		catch (IOException | IllegalArgumentException | java.time.DateTimeException | NullPointerException e) {
			throw notFound(token);
		}
	}

	/** The content of the ticket's file. */
	byte[] content(Ticket ticket) throws IOException {
		try (InputStream in = storage.open(ticket.dataKey())) {
			return in.readAllBytes();
		}
	}

	private static NotFoundException notFound(String token) {
		String shown = token.length() > 12 ? token.substring(0, 12) + "…" : token;
		return new NotFoundException("registry.io.error.ticketNotFound", shown);
	}
}
