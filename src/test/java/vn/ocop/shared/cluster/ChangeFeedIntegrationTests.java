package vn.ocop.shared.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.persistence.EntityManagerFactory;

/**
 * The change feed between nodes, with "another node" played by plain SQL that changes a catalogue entry behind this
 * node's back (no Hibernate, so this node's index and caches learn of it only through the feed) and writes the row
 * that node would have written: the change is found by this node's catalogue search within two seconds (on
 * PostgreSQL woken by NOTIFY), a change whose notification was missed is read from the feed, and a node that was
 * down reads what it missed before it starts.
 */
@ClusterTest
class ChangeFeedIntegrationTests {

	static final String ENTRY = "vn.ocop.portal.CatalogueEntry";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ChangeFeed feed;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	org.springframework.core.env.Environment environment;

	@Test
	void thisNodesOwnChangesAreInTheFeedForTheOthers() {
		assertThat(jdbc.queryForObject("select count(*) from change_feed where node = ? and entity = ?", Integer.class,
				ClusterNode.ID, ENTRY)).as("the demo catalogue written at start").isPositive();
		if (postgres()) {
			// the listening thread connects on its own once the context is up
			await().atMost(java.time.Duration.ofSeconds(10))
					.untilAsserted(() -> assertThat(feed.listening()).as("LISTEN on PostgreSQL").isTrue());
		}
	}

	@Test
	void anotherNodesChangeIsFoundHereWithinTwoSeconds() throws Exception {
		String word = word();
		assertThat(hits(word)).isZero(); // and the empty answer is now cached
		String id = renameBehindTheNodesBack(word);
		feedRow(id, true);

		await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50)).until(() -> hits(word) == 1);
	}

	@Test
	void aChangeWhoseNotificationWasMissedIsReadFromTheFeed() throws Exception {
		String word = word();
		assertThat(hits(word)).isZero();
		feed.stop(); // the listening connection is down while the other node writes
		try {
			String id = renameBehindTheNodesBack(word);
			feedRow(id, false);
			assertThat(hits(word)).isZero();
			assertThat(feed.catchUp()).isGreaterThanOrEqualTo(1);
			assertThat(hits(word)).isEqualTo(1);
		}
		finally {
			feed.start();
		}
	}

	@Test
	void aNodeThatWasDownReadsWhatItMissedBeforeItStarts(@TempDir Path dir) throws Exception {
		Path positionFile = dir.resolve("change-feed.position");
		long before = jdbc.queryForObject("select max(seq) from change_feed", Long.class);
		Files.writeString(positionFile, Long.toString(before));
		String word = word();
		assertThat(hits(word)).isZero();
		feed.stop(); // this node is down
		try {
			String id = renameBehindTheNodesBack(word);
			feedRow(id, false);
			var restarted = new ChangeFeed(jdbc, entityManagerFactory, events,
					environment.getProperty("spring.datasource.url"),
					environment.getProperty("spring.datasource.username", ""),
					environment.getProperty("spring.datasource.password", ""), Duration.ofHours(1), positionFile,
					new SimpleMeterRegistry());
			restarted.start();
			restarted.stop();
			assertThat(hits(word)).as("caught up at start, before taking requests").isEqualTo(1);
			assertThat(Long.parseLong(Files.readString(positionFile).trim())).isGreaterThan(before);
		}
		finally {
			feed.start();
		}
	}

	private static String word() {
		StringBuilder word = new StringBuilder("zq");
		for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
			word.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
		}
		return word.append('x').toString();
	}

	private boolean postgres() {
		return String.valueOf(environment.getProperty("spring.datasource.url")).startsWith("jdbc:postgresql");
	}

	private long hits(String word) throws Exception {
		String body = mvc.perform(get("/api/v1/public/products").param("q", word)).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.total")).longValue();
	}

	/** What another node's transaction changes: a catalogue entry's name, in the database only. */
	private String renameBehindTheNodesBack(String word) {
		String id = jdbc.queryForObject("select cast(product_id as varchar(36)) from portal_catalogue_entry "
				+ "order by product_id fetch first 1 rows only", String.class);
		jdbc.update("update portal_catalogue_entry set name = ? where product_id = ?", "Mật ong " + word,
				UUID.fromString(id));
		return id;
	}

	private void feedRow(String id, boolean notify) {
		jdbc.update("insert into change_feed (entity, entity_id, node, changed_at) values (?, ?, ?, ?)", ENTRY, id,
				"node-b", Timestamp.from(Instant.now()));
		if (notify && postgres()) {
			jdbc.queryForList("select pg_notify('ocop_changes', '')");
		}
	}
}
