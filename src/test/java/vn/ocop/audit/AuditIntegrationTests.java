package vn.ocop.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;
import vn.ocop.identity.NewUser;
import vn.ocop.identity.Role;
import vn.ocop.identity.UserManagement;
import vn.ocop.identity.UserSummary;

/**
 * The audit log, through the public account administration of the identity module: what is recorded (and what is
 * not), that it commits and rolls back with the change, and the pages and the API that show it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@WithMockUser(username = "auditor-test", roles = "PROVINCE_ADMIN")
class AuditIntegrationTests {

	static final String TYPE = "UserAccount";
	static final String PASSWORD = "audit-secret-1";
	static final AtomicInteger SEQUENCE = new AtomicInteger();
	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	@Autowired
	UserManagement users;

	@Autowired
	AuditApi audit;

	@Autowired
	MockMvc mvc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	EntityManager entityManager;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void shouldRecordACreatedAccountWithActorTimeAndValues() {
		Instant before = clock.instant().minusSeconds(1);
		var user = createUser();

		var history = history(user);
		assertThat(history).hasSize(1);
		var created = history.get(0);
		assertThat(created.action()).isEqualTo(AuditAction.CREATED);
		assertThat(created.actor()).isEqualTo("auditor-test");
		assertThat(created.entityType()).isEqualTo(TYPE);
		assertThat(created.entityId()).isEqualTo(user.id().toString());
		assertThat(created.occurredAt()).isBetween(before, clock.instant().plusSeconds(1));
		assertThat(created.reason()).isNull();
		assertThat(created.changes().get("username")).isEqualTo(new AuditRecord.Change(null, user.username()));
		assertThat(created.changes().get("displayName").after()).isEqualTo("Người kiểm tra " + user.username());
		assertThat(created.changes().get("roles").after()).isEqualTo(List.of("DISTRICT_OFFICER"));
		assertThat(created.changes().get("unitCode").after()).isEqualTo("42");
		assertThat(created.changes().get("enabled").after()).isEqualTo(true);
		assertThat(created.changes().get("passwordHash")).isEqualTo(new AuditRecord.Change(null, AuditRecord.MASKED));
		// ISO-8601 instant
		assertThat(Instant.parse((String) created.changes().get("createdAt").after())).isNotNull();
		// null and ignored properties are not listed
		assertThat(created.changes()).doesNotContainKeys("email", "failedLogins", "lastLoginAt", "lockedUntil", "version");
	}

	@Test
	void shouldRecordOnlyTheChangedPropertiesOfAnUpdate() {
		var user = createUser();
		users.update(user.id(), "Tên mới", null, EnumSet.of(Role.DISTRICT_OFFICER, Role.COMMUNE_OFFICER), "441");

		var history = history(user);
		assertThat(history).extracting(AuditRecord::action).containsExactly(AuditAction.UPDATED, AuditAction.CREATED);
		var updated = history.get(0);
		assertThat(updated.actor()).isEqualTo("auditor-test");
		assertThat(updated.changes()).containsOnlyKeys("displayName", "unitCode", "roles");
		assertThat(updated.changes().get("displayName"))
				.isEqualTo(new AuditRecord.Change("Người kiểm tra " + user.username(), "Tên mới"));
		assertThat(updated.changes().get("unitCode")).isEqualTo(new AuditRecord.Change("42", "441"));
		assertThat(updated.changes().get("roles"))
				.isEqualTo(new AuditRecord.Change(List.of("DISTRICT_OFFICER"), List.of("COMMUNE_OFFICER", "DISTRICT_OFFICER")));

		// the same values again (the roles are even replaced by an equal set): nothing to record
		users.update(user.id(), "Tên mới", null, EnumSet.of(Role.COMMUNE_OFFICER, Role.DISTRICT_OFFICER), "441");
		assertThat(history(user)).hasSize(2);
	}

	@Test
	void shouldRecordAPasswordChangeWithoutItsValues() {
		var user = createUser();
		users.resetPassword(user.id(), "another-secret-2");

		var reset = history(user).get(0);
		assertThat(reset.action()).isEqualTo(AuditAction.UPDATED);
		assertThat(reset.changes()).containsOnlyKeys("passwordHash");
		assertThat(reset.changes().get("passwordHash")).isEqualTo(new AuditRecord.Change(AuditRecord.MASKED, AuditRecord.MASKED));
		assertThat(reset.changes().get("passwordHash").masked()).isTrue();
		List<String> stored = jdbc.sql("select changes from audit_entry where entity_id = ?").param(user.id().toString())
				.query(String.class).list();
		assertThat(stored).hasSize(2).allSatisfy(json -> assertThat(json).doesNotContain("{bcrypt}", "$2a$"));
	}

	@Test
	void shouldRecordDisablingAnAccount() {
		var user = createUser();
		users.disable(user.id());

		var disabled = history(user).get(0);
		assertThat(disabled.action()).isEqualTo(AuditAction.UPDATED);
		assertThat(disabled.changes()).containsOnlyKeys("enabled");
		assertThat(disabled.changes().get("enabled")).isEqualTo(new AuditRecord.Change(true, false));
	}

	@Test
	void shouldNotRecordChangesOfIgnoredProperties() throws Exception {
		var user = createUser();
		// a failed and a successful sign-in change only the ignored failedLogins, lastLoginAt and version
		mvc.perform(get("/api/v1/me").with(httpBasic(user.username(), "wrong-password"))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/me").with(httpBasic(user.username(), PASSWORD))).andExpect(status().isOk());
		assertThat(users.get(user.id()).lastLoginAt()).isNotNull();

		assertThat(history(user)).hasSize(1);
	}

	@Test
	void shouldLeaveNoEntryWhenTheTransactionRollsBack() {
		String username = uniqueName();
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			users.create(newUser(username));
			entityManager.flush();
			throw new IllegalStateException("rolled back on purpose");
		})).hasMessage("rolled back on purpose");

		assertThat(users.exists(username)).isFalse();
		assertThat(audit.search(new AuditFilter(null, TYPE, null, username, null, null), PageRequest.of(0, 10)).getTotalElements())
				.isZero();

		// the same work committed is recorded
		var user = transactions.execute(status -> users.create(newUser(username)));
		assertThat(history(user)).hasSize(1);
	}

	@Test
	void shouldRecordTheReasonOfAChange() {
		var user = createUser();
		AuditContext.withReason("Rời khỏi cơ quan", () -> users.disable(user.id()));
		assertThat(history(user).get(0).reason()).isEqualTo("Rời khỏi cơ quan");

		// inside a larger transaction: only the changes made within the block carry the reason
		transactions.executeWithoutResult(status -> {
			users.update(user.id(), "Đổi tên trước", null, Set.of(Role.DISTRICT_OFFICER), "42");
			AuditContext.withReason("Quay lại làm việc", () -> users.enable(user.id()));
		});
		var entry = history(user).get(0);
		assertThat(entry.changes()).containsKeys("displayName", "enabled");
		assertThat(entry.reason()).isEqualTo("Quay lại làm việc");
	}

	@Test
	void shouldRecordChangesWithoutASignedInUserAsSystem() {
		// as at start-up (seeding) or in a scheduled job
		SecurityContextHolder.clearContext();
		var user = createUser();

		assertThat(history(user).get(0).actor()).isEqualTo("system");
		assertThat(audit.search(new AuditFilter("system", TYPE, user.id().toString(), null, null, null), PageRequest.of(0, 5))
				.getTotalElements()).isOne();
	}

	@Test
	void shouldOfferNoWayToChangeOrDeleteEntries() {
		Set<String> api = Arrays.stream(AuditApi.class.getMethods()).map(Method::getName).collect(java.util.stream.Collectors.toSet());
		assertThat(api).containsExactlyInAnyOrder("history", "search", "entityTypes");
		for (Class<?> type : List.of(AuditApi.class, AuditLog.class, PendingAudit.class, ChangeCapture.class, AuditContext.class)) {
			assertThat(Arrays.stream(type.getDeclaredMethods()).filter(m -> !Modifier.isPrivate(m.getModifiers())).map(Method::getName))
					.as("methods of %s", type.getSimpleName())
					.noneMatch(name -> name.matches("(?i)(update|delete|remove|save|modify|purge|clear).*"));
		}
		assertThat(PendingAudit.INSERT).startsWith("insert into audit_entry");
	}

	@Test
	void shouldSearchTheLogPage() throws Exception {
		var user = createUser();
		users.disable(user.id());

		mvc.perform(get("/admin/audit"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Nhật ký thay đổi dữ liệu")))
				.andExpect(content().string(containsString("<html")))
				.andExpect(content().string(containsString("Tài khoản người dùng")))
				// every kind of record has its Vietnamese name, not its class name (issue 16)
				.andExpect(content().string(containsString(">Chủ thể OCOP<")))
				.andExpect(content().string(containsString(">Giấy chứng nhận OCOP<")))
				.andExpect(content().string(not(containsString(">ProducerReport<"))));
		mvc.perform(get("/admin/audit").param("id", user.id().toString()).param("type", TYPE)
				.param("from", LocalDate.now(ZONE).toString()).param("to", LocalDate.now(ZONE).toString()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Tổng số: 2")))
				.andExpect(content().string(containsString("auditor-test")));
		// htmx asks for the results only
		mvc.perform(get("/admin/audit").param("id", user.id().toString()).header("HX-Request", "true"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"audit-results\"")))
				.andExpect(content().string(not(containsString("<html"))))
				.andExpect(content().string(containsString("Tổng số: 2")));
		// bad input is explained, not a server error
		mvc.perform(get("/admin/audit").param("from", "2025-13-45").param("page", "x"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("2025-13-45")))
				.andExpect(content().string(containsString("không hợp lệ")));
		mvc.perform(get("/admin/audit").param("from", "2025-07-02").param("to", "2025-07-01").header("HX-Request", "true"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.")));
		mvc.perform(get("/admin/audit").with(user("officer").roles("DISTRICT_OFFICER")))
				.andExpect(status().isForbidden());
	}

	@Test
	void shouldRenderTheHistoryTab() throws Exception {
		var user = createUser();
		users.update(user.id(), "Tên trong lịch sử", null, Set.of(Role.DISTRICT_OFFICER), "42");

		mvc.perform(get("/audit/history").param("type", TYPE).param("id", user.id().toString()))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("<html"))))
				.andExpect(content().string(containsString("Lịch sử thay đổi")))
				.andExpect(content().string(containsString("Tên trong lịch sử")))
				.andExpect(content().string(containsString("Người kiểm tra " + user.username())))
				.andExpect(content().string(containsString("Tạo mới")))
				.andExpect(content().string(containsString("Cập nhật")));
		mvc.perform(get("/audit/history").param("type", TYPE).param("id", "no-such-record"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Chưa có thay đổi nào")));
		mvc.perform(get("/audit/history").param("type", TYPE).param("id", user.id().toString())
				.with(user("officer").roles("DISTRICT_OFFICER")))
				.andExpect(status().isForbidden());
	}

	@Test
	void shouldSearchOverTheApi() throws Exception {
		var user = createUser();
		users.update(user.id(), "Tìm qua API " + user.username(), null, Set.of(Role.DISTRICT_OFFICER), "42");
		String id = user.id().toString();
		String today = LocalDate.now(ZONE).toString();

		mvc.perform(get("/api/v1/audit").param("entityType", TYPE).param("entityId", id))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.total").value(2))
				.andExpect(jsonPath("$.items[0].action").value("UPDATED"))
				.andExpect(jsonPath("$.items[0].actor").value("auditor-test"))
				.andExpect(jsonPath("$.items[0].entityId").value(id))
				.andExpect(jsonPath("$.items[0].changes.displayName.after").value("Tìm qua API " + user.username()))
				.andExpect(jsonPath("$.items[0].changes.displayName.masked").doesNotExist())
				.andExpect(jsonPath("$.items[0].occurredAt").isString())
				.andExpect(jsonPath("$.items[1].action").value("CREATED"));
		mvc.perform(get("/api/v1/audit").param("q", "TÌM QUA API " + user.username().toUpperCase()))
				.andExpect(jsonPath("$.total").value(1))
				.andExpect(jsonPath("$.items[0].entityId").value(id));
		mvc.perform(get("/api/v1/audit").param("actor", "auditor-test").param("entityId", id).param("from", today).param("to", today))
				.andExpect(jsonPath("$.total").value(2));
		mvc.perform(get("/api/v1/audit").param("actor", "someone-else").param("entityId", id))
				.andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/audit").param("entityId", id).param("from", LocalDate.now(ZONE).plusDays(1).toString()))
				.andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/audit").param("entityId", id).param("to", LocalDate.now(ZONE).minusDays(1).toString()))
				.andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/audit").param("entityId", id).param("size", "1").param("page", "1"))
				.andExpect(jsonPath("$.total").value(2))
				.andExpect(jsonPath("$.items.length()").value(1))
				.andExpect(jsonPath("$.items[0].action").value("CREATED"));

		mvc.perform(get("/api/v1/audit").param("from", "yesterday"))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/audit").param("from", "2025-07-02").param("to", "2025-07-01"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail").value("Ngày kết thúc phải bằng hoặc sau ngày bắt đầu."));
		mvc.perform(get("/api/v1/audit").param("size", "100000")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/audit").with(user("officer").roles("DISTRICT_OFFICER"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/audit").with(anonymous())).andExpect(status().isUnauthorized());
		mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
				.andExpect(jsonPath("$.paths['/api/v1/audit'].get.parameters[*].name")
						.value(org.hamcrest.Matchers.hasItems("actor", "entityType", "entityId", "q", "from", "to", "page", "size")));
	}

	/** The log names people by their full name, the username after it (issue 16); the API adds actorName. */
	@Test
	@WithMockUser(username = "admin", roles = "PROVINCE_ADMIN")
	void shouldNamePeopleByTheirFullName() throws Exception {
		var user = createUser();
		users.update(user.id(), "Đổi tên " + user.username(), null, Set.of(Role.DISTRICT_OFFICER), "42");
		String id = user.id().toString();

		mvc.perform(get("/admin/audit").param("id", id).param("type", TYPE))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Văn phòng điều phối OCOP tỉnh Hà Tĩnh</span>")))
				.andExpect(content().string(containsString("(admin)")));
		mvc.perform(get("/audit/history").param("type", TYPE).param("id", id))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Văn phòng điều phối OCOP tỉnh Hà Tĩnh</span>")));
		mvc.perform(get("/api/v1/audit").param("entityType", TYPE).param("entityId", id))
				.andExpect(jsonPath("$.items[0].actor").value("admin"))
				.andExpect(jsonPath("$.items[0].actorName").value("Văn phòng điều phối OCOP tỉnh Hà Tĩnh"));
		// a name that is no account stays as recorded; the application itself is named in words
		mvc.perform(get("/api/v1/audit").param("actor", "system").param("size", "1"))
				.andExpect(jsonPath("$.items[0].actorName").doesNotExist());
		var anonymousChange = createUserWithoutSignIn();
		mvc.perform(get("/admin/audit").param("id", anonymousChange.id().toString()).param("type", TYPE))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Hệ thống (tự động)")));
	}

	/**
	 * The office finds a person's changes by part of the full name, accents and case ignored, as well as by username
	 * (issue 16); the parameter keeps its name.
	 */
	@Test
	@WithMockUser(username = "admin", roles = "PROVINCE_ADMIN")
	void shouldSearchByPartOfAPersonsName() throws Exception {
		var user = createUser();
		String id = user.id().toString();

		mvc.perform(get("/api/v1/audit").param("actor", "van phong DIEU PHOI").param("entityId", id))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.total").value(1))
				.andExpect(jsonPath("$.items[0].actor").value("admin"));
		mvc.perform(get("/api/v1/audit").param("actor", "admin").param("entityId", id))
				.andExpect(jsonPath("$.total").value(1));
		mvc.perform(get("/api/v1/audit").param("actor", "Ngô Văn Kiểm").param("entityId", id))
				.andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/admin/audit").param("actor", "Điều phối").param("id", id))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Tổng số: 1")));
		mvc.perform(get("/admin/audit").param("actor", "Không có ai tên này").param("id", id))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Tổng số: 1"))));
		assertThat(audit.search(new AuditFilter("dieu phoi", TYPE, id, null, null, null), PageRequest.of(0, 5))
				.getTotalElements()).as("the module's own search takes the username only").isZero();
	}

	private UserSummary createUserWithoutSignIn() {
		var context = SecurityContextHolder.getContext();
		SecurityContextHolder.clearContext();
		try {
			return createUser();
		}
		finally {
			SecurityContextHolder.setContext(context);
		}
	}

	private UserSummary createUser() {
		return users.create(newUser(uniqueName()));
	}

	private static NewUser newUser(String username) {
		return new NewUser(username, "Người kiểm tra " + username, null, PASSWORD, Set.of(Role.DISTRICT_OFFICER), "42");
	}

	private static String uniqueName() {
		return "audit-" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private List<AuditRecord> history(UserSummary user) {
		return audit.history(TYPE, user.id().toString());
	}
}
