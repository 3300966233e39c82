package vn.ocop.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.ocop.identity.AccessScope;
import vn.ocop.identity.SignInAttackDetected;
import vn.ocop.identity.UserManagement;
import vn.ocop.shared.NotFoundException;

/**
 * The notification module booted alone: its own beans, the accounts of identity and the mail server as mocks. Its
 * own empty in-memory database and no demo data: every notice is the test's, to readers named per test.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:notification-module;DB_CLOSE_DELAY=-1",
		"ocop.demo.enabled=false", "ocop.base-url=https://ocop.hatinh.gov.vn/" })
class NotificationModuleTests {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	@MockitoBean
	UserManagement users;

	@MockitoBean
	AccessScope scope;

	@MockitoBean
	JavaMailSender mail;

	@Autowired
	Notifications notifications;

	String reader;

	@BeforeEach
	void setUp() {
		reader = "reader-" + UUID.randomUUID().toString().substring(0, 8);
		when(users.exists(reader)).thenReturn(true);
	}

	@Test
	void shouldStoreANoticeOnlyForKnownAccountsAndRenderItInTheReadersLanguage() {
		int told = notifications.send(Notice.to(List.of(reader, "ghost-" + reader), "test.topic",
				"notification.signInAttack", "/account", 12, "10:00 01/03/2026"));
		assertThat(told).isEqualTo(1);
		assertThat(notifications.recent("ghost-" + reader, 10, VIETNAMESE)).isEmpty();
		assertThat(notifications.recent(reader, 10, VIETNAMESE)).singleElement().satisfies(n -> {
			assertThat(n.text()).startsWith("Có 12 lần đăng nhập sai").contains("10:00 01/03/2026");
			assertThat(n.link()).isEqualTo("/account");
			assertThat(n.read()).isFalse();
		});
		assertThat(notifications.onTopic(reader, "test.topic", Locale.ENGLISH)).singleElement()
				.satisfies(n -> assertThat(n.text()).startsWith("There were 12 failed sign-ins"));
		assertThat(notifications.onTopic(reader, "other.topic", Locale.ENGLISH)).isEmpty();
	}

	@Test
	void shouldMarkReadOnlyTheReadersOwnNotices() {
		String other = "other-" + reader;
		when(users.exists(other)).thenReturn(true);
		notifications.send(Notice.to(List.of(reader, other), "test.read", "notification.signInAttack", null, 1, "x"));
		notifications.send(Notice.to(List.of(reader), "test.read", "notification.signInAttack", null, 2, "y"));
		assertThat(notifications.unreadCount(reader)).isEqualTo(2);

		UUID theirs = notifications.recent(other, 10, VIETNAMESE).get(0).id();
		assertThatThrownBy(() -> notifications.markRead(reader, theirs)).isInstanceOf(NotFoundException.class);
		UUID mine = notifications.recent(reader, 10, VIETNAMESE).get(0).id();
		notifications.markRead(reader, mine);
		assertThat(notifications.unreadCount(reader)).isEqualTo(1);
		notifications.markAllRead(reader);
		assertThat(notifications.unreadCount(reader)).isZero();
		assertThat(notifications.unreadCount(other)).isEqualTo(1);
	}

	@Test
	void shouldEmailANoticeAfterItIsStoredInVietnameseThenEnglishWithTheFullLink() {
		when(users.emailOf(reader)).thenReturn(Optional.of(reader + "@hatinh.gov.vn"));
		notifications.send(Notice.to(List.of(reader), "test.mail", "notification.signInAttack", "/account", 3, "x"));

		verify(mail, timeout(10_000)).send(argThat((SimpleMailMessage m) -> m.getTo() != null
				&& m.getTo()[0].equals(reader + "@hatinh.gov.vn") && m.getSubject() != null
				&& m.getSubject().startsWith("[OCOP] Có 3 lần") && m.getText() != null
				&& m.getText().indexOf("Có 3 lần") < m.getText().indexOf("There were 3 failed")
				&& m.getText().contains("https://ocop.hatinh.gov.vn/account")));
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
				.until(() -> notifications.onTopic(reader, "test.mail", VIETNAMESE).get(0).emailed());
	}

	@Test
	void shouldEmailNobodyWithoutAnAddress() {
		notifications.send(Notice.to(List.of(reader), "test.nomail", "notification.signInAttack", null, 4, "x"));
		// mail goes out after the notice is stored: watch for a second that none is sent
		verify(mail, org.mockito.Mockito.after(1_000).never()).send(argThat((SimpleMailMessage m) -> m.getSubject() != null
				&& m.getSubject().contains("Có 4 lần")));
		assertThat(notifications.onTopic(reader, "test.nomail", VIETNAMESE).get(0).emailed()).isFalse();
	}

	@Test
	void shouldTellTheOwnerOfAnAccountUnderAttackWhenItIsUnlockedInVietnamsTime(Scenario scenario) {
		scenario.publish(new SignInAttackDetected(reader, 50, Instant.parse("2026-03-01T03:00:00Z")))
				.andWaitForStateChange(() -> notifications.onTopic(reader, "identity.sign-in-attack", VIETNAMESE),
						list -> !list.isEmpty())
				.andVerify(list -> assertThat(list).singleElement()
						.satisfies(n -> assertThat(n.text()).contains("50", "10:00 01/03/2026")));
	}

	@Test
	void shouldKeepEachRecipientOnceAndEveryArgumentAsText() {
		var notice = Notice.to(List.of("a", "b", "a"), "t", "m", null, 1, 2.5, "x");
		assertThat(notice.recipients()).containsExactlyInAnyOrder("a", "b");
		assertThat(notice.args()).containsExactly("1", "2.5", "x");
		assertThat(Set.copyOf(notice.args())).hasSize(3);
	}
}
