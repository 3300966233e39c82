package vn.ocop.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A notification without Spring: what it says survives the trip through its stored arguments, it is read once (the
 * first reading counts) and e-mailed independently of being read.
 */
class NotificationTests {

	static final Instant NOW = Instant.parse("2024-04-01T03:00:00Z");

	@Test
	void shouldKeepTheNoticesWordsAndArgumentsInTheirOrder() {
		var notice = Notice.to(List.of("producer", "office", "producer"), "dossier", "notice.dossier.returned",
				"/registry/products/1", "Cam Khe Mây", 3, LocalDate.of(2024, 4, 1), "a \"quoted\", comma");
		assertThat(notice.recipients()).containsExactlyInAnyOrder("producer", "office");
		var notification = new Notification("producer", notice, NOW);
		assertThat(notification.getRecipient()).isEqualTo("producer");
		assertThat(notification.getTopic()).isEqualTo("dossier");
		assertThat(notification.getMessageCode()).isEqualTo("notice.dossier.returned");
		assertThat(notification.getLink()).isEqualTo("/registry/products/1");
		assertThat(notification.getArgs()).containsExactly("Cam Khe Mây", "3", "2024-04-01", "a \"quoted\", comma");
		assertThat(notification.getCreatedAt()).isEqualTo(NOW);
		assertThat(new Notification("x", new Notice(Set.of("x"), "t", "c", List.of(), null), NOW).getArgs()).isEmpty();
	}

	@Test
	void shouldCountTheFirstReadingAndTheEmailApart() {
		var notification = new Notification("producer",
				new Notice(Set.of("producer"), "support", "notice.support.approved", List.of("HT-1"), null), NOW);
		assertThat(notification.isRead()).isFalse();
		assertThat(notification.isEmailed()).isFalse();
		notification.markEmailed(NOW.plusSeconds(10));
		assertThat(notification.isEmailed()).isTrue();
		assertThat(notification.isRead()).isFalse();
		notification.markRead(NOW.plusSeconds(60));
		notification.markRead(NOW.plusSeconds(120));
		assertThat(notification.isRead()).isTrue();
		assertThat(notification).extracting("readAt").isEqualTo(NOW.plusSeconds(60));
	}
}
