package vn.ocop.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ocop.geography.GeographyApi;
import vn.ocop.geography.Unit;
import vn.ocop.geography.UnitLevel;
import vn.ocop.identity.NewUser;
import vn.ocop.identity.People;
import vn.ocop.identity.Role;
import vn.ocop.identity.UserManagement;

/**
 * The audit module booted with the module it depends on, identity, whose accounts are the records whose changes
 * are logged here; geography, which identity asks whether a unit exists, is a mock. Its own empty in-memory
 * database and no demo data: every account, every person signed in and so every entry is the test's.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:audit-module;DB_CLOSE_DELAY=-1",
		"ocop.demo.enabled=false" })
class AuditModuleTests {

	static final String UNIT = "42";

	@MockitoBean
	GeographyApi geography;

	@Autowired
	AuditApi audit;

	@Autowired
	UserManagement users;

	@Autowired
	People people;

	@Autowired
	PlatformTransactionManager transactions;

	String suffix;

	@BeforeEach
	void setUp() {
		suffix = UUID.randomUUID().toString().substring(0, 8);
		when(geography.find(anyString(), any(LocalDate.class))).thenReturn(Optional
				.of(new Unit(UNIT, "Tỉnh Hà Tĩnh", UnitLevel.PROVINCE, null, LocalDate.of(2000, 1, 1), null)));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	@SuppressWarnings("unchecked")
	void shouldRecordACreationAndAChangeWithTheValuesBeforeAndAfterAndWhoMadeThem() {
		signIn("office-" + suffix);
		var account = users.create(newUser("clerk-" + suffix, "Lê Văn Một"));
		users.update(account.id(), "Lê Văn Hai", null, Set.of(Role.DISTRICT_OFFICER, Role.EDITOR), UNIT);

		List<AuditRecord> history = audit.history("UserAccount", account.id().toString());

		assertThat(history).extracting(AuditRecord::action).containsExactly(AuditAction.UPDATED, AuditAction.CREATED);
		assertThat(history).allSatisfy(r -> assertThat(r.actor()).isEqualTo("office-" + suffix));
		var updated = history.get(0);
		assertThat(updated.changes()).containsOnlyKeys("displayName", "email", "roles");
		assertThat(updated.changes().get("displayName")).isEqualTo(new AuditRecord.Change("Lê Văn Một", "Lê Văn Hai"));
		assertThat(updated.changes().get("email").before()).isEqualTo("clerk-" + suffix + "@example.vn");
		assertThat(updated.changes().get("email").after()).isNull();
		assertThat((List<Object>) updated.changes().get("roles").after()).containsExactlyInAnyOrder("DISTRICT_OFFICER",
				"EDITOR");
		var created = history.get(1);
		assertThat(created.changes().get("username")).isEqualTo(new AuditRecord.Change(null, "clerk-" + suffix));
		assertThat(created.changes().get("passwordHash").after()).isEqualTo(AuditRecord.MASKED);
		assertThat(created.changes()).doesNotContainKeys("failedLogins", "version", "lastLoginAt");
		assertThat(audit.entityTypes()).contains("UserAccount");
	}

	@Test
	void shouldLogTheReasonGivenForAChangeAndHideAPasswordChange() {
		signIn("office-" + suffix);
		var account = users.create(newUser("leaver-" + suffix, "Phan Thị Nghỉ"));

		new TransactionTemplate(transactions).executeWithoutResult(tx -> AuditContext.withReason(
				"  Nghỉ hưu từ tháng 7  ", () -> users.disable(account.id())));
		users.resetPassword(account.id(), "mat-khau-moi-dai");

		var history = audit.history("UserAccount", account.id().toString());
		assertThat(history).hasSize(3);
		assertThat(history.get(1).reason()).isEqualTo("Nghỉ hưu từ tháng 7");
		assertThat(history.get(1).changes()).containsExactly(
				java.util.Map.entry("enabled", new AuditRecord.Change(true, false)));
		assertThat(history.get(0).reason()).isNull();
		assertThat(history.get(0).changes().get("passwordHash"))
				.isEqualTo(new AuditRecord.Change(AuditRecord.MASKED, AuditRecord.MASKED));
		assertThatThrownBy(() -> AuditContext.withReason(" ", () -> {
		})).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void shouldFindTheChangesOfOneRecordAndOfOnePersonByAccountOrByName() {
		signIn("setup-" + suffix);
		var inspector = users.create(newUser("soat-" + suffix, "Trần Thị Soát " + suffix));
		var first = users.create(newUser("first-" + suffix, "Tài khoản một"));
		var second = users.create(newUser("second-" + suffix, "Tài khoản hai"));
		signIn(inspector.username());
		users.update(first.id(), "Tài khoản một đã sửa", null, Set.of(Role.PRODUCER), UNIT);
		users.update(second.id(), "Tài khoản hai đã sửa", null, Set.of(Role.PRODUCER), UNIT);
		signIn("other-" + suffix);
		users.disable(second.id());

		var byRecord = search(new AuditFilter(null, "UserAccount", second.id().toString(), null, null, null));
		assertThat(byRecord).extracting(AuditRecord::action).containsExactly(AuditAction.UPDATED, AuditAction.UPDATED,
				AuditAction.CREATED);

		var byAccount = search(new AuditFilter(inspector.username(), null, null, null, null, null));
		assertThat(byAccount).extracting(AuditRecord::entityId).containsExactly(second.id().toString(),
				first.id().toString());

		var byName = new AuditFilter("tran thi soat " + suffix, "UserAccount", null, null, null, null);
		assertThat(search(byName)).isEmpty();
		assertThat(search(byName.withActorAccounts(people.usernamesMatching(byName.actor()))))
				.extracting(AuditRecord::entityId).containsExactly(second.id().toString(), first.id().toString());

		var byText = search(new AuditFilter(null, "UserAccount", null, "một đã sửa", null, null));
		assertThat(byText).singleElement().extracting(AuditRecord::entityId).isEqualTo(first.id().toString());
		LocalDate tomorrow = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1);
		assertThat(search(new AuditFilter(inspector.username(), null, null, null, tomorrow, null))).isEmpty();
		assertThatThrownBy(() -> new AuditFilter(null, null, null, null, tomorrow, tomorrow.minusDays(1)))
				.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void shouldPageTheSearchNewestFirst() {
		signIn("pager-" + suffix);
		for (int i = 1; i <= 3; i++) {
			users.create(newUser("page" + i + "-" + suffix, "Trang " + i));
		}

		var filter = new AuditFilter("pager-" + suffix, null, null, null, null, null);
		var page = audit.search(filter, org.springframework.data.domain.PageRequest.of(1, 2));

		assertThat(page.getTotalElements()).isEqualTo(3);
		assertThat(page.getContent()).singleElement()
				.satisfies(r -> assertThat(r.changes().get("username").after()).isEqualTo("page1-" + suffix));
		assertThat(audit.search(filter, org.springframework.data.domain.PageRequest.of(5, 2)).getContent()).isEmpty();
	}

	private List<AuditRecord> search(AuditFilter filter) {
		return audit.search(filter, Pageable.unpaged()).getContent();
	}

	private static void signIn(String username) {
		SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
	}

	private static NewUser newUser(String username, String fullName) {
		return new NewUser(username, fullName, username + "@example.vn", "mat-khau-dai", Set.of(Role.PRODUCER), UNIT);
	}
}
