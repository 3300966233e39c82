package vn.ocop.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.persister.entity.EntityPersister;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import vn.ocop.audit.AuditRules.PropertyRule;
import vn.ocop.audit.PendingAudit.PendingChange;
import vn.ocop.audit.PendingAudit.PendingEntry;
import vn.ocop.audit.fixture.Fixtures;

/**
 * The parts of the change capture that need no database: which entities and properties are recorded, how values
 * are rendered, and how several changes of one record in one transaction become one entry.
 */
class AuditCaptureTests {

	static final Instant NOW = Instant.parse("2025-07-01T01:02:03Z");

	final AuditRules rules = new AuditRules();

	@Test
	void shouldRecordPlatformEntitiesExceptIgnoredTypes() {
		assertThat(rules.of(persister(Fixtures.Account.class, 3, "counter", "name", "secret", "version")).audited()).isTrue();
		assertThat(rules.of(persister(Fixtures.Hidden.class, -1, "name")).audited()).isFalse();
		assertThat(rules.of(persister(Fixtures.HiddenToo.class, -1, "name")).audited()).isFalse();
		// library entities, e.g. Spring Modulith's event publications
		assertThat(rules.of(persister(java.util.UUID.class, -1, "id")).audited())
				.isFalse();
	}

	@Test
	void shouldSkipIgnoredAndVersionPropertiesAndMaskMaskedOnes() {
		var account = rules.of(persister(Fixtures.SpecialAccount.class, 4, "counter", "extra", "name", "secret", "version"));
		assertThat(account.type()).isEqualTo("SpecialAccount");
		assertThat(account.rule(0)).isEqualTo(PropertyRule.IGNORED);
		assertThat(account.rule(1)).isEqualTo(PropertyRule.AUDITED);
		assertThat(account.rule(2)).isEqualTo(PropertyRule.AUDITED);
		assertThat(account.rule(3)).isEqualTo(PropertyRule.MASKED);
		assertThat(account.rule(4)).isEqualTo(PropertyRule.IGNORED);
		assertThat(account.rule("secret")).isEqualTo(PropertyRule.MASKED);
		assertThat(account.rule("unknown")).isEqualTo(PropertyRule.AUDITED);
	}

	@Test
	void shouldRenderValuesShortAndJsonFriendly() {
		assertThat(AuditValues.plain(Instant.parse("2025-07-01T00:00:00Z"))).isEqualTo("2025-07-01T00:00:00Z");
		assertThat(AuditValues.plain(LocalDate.of(2025, 7, 1))).isEqualTo("2025-07-01");
		assertThat(AuditValues.plain(java.sql.Date.valueOf("2025-07-01"))).isEqualTo("2025-07-01");
		assertThat(AuditValues.plain(AuditAction.CREATED)).isEqualTo("CREATED");
		assertThat(AuditValues.plain(new BigDecimal("12.50"))).isEqualTo(new BigDecimal("12.50"));
		assertThat(AuditValues.plain(Double.NaN)).isEqualTo("NaN");
		assertThat(AuditValues.plain(new Fixtures.Score(4))).isEqualTo(4);
		assertThat(AuditValues.plain(new Fixtures.Period("a", "b"))).isEqualTo(Map.of("from", "a", "to", "b"));
		assertThat(AuditValues.plain(List.of(AuditAction.CREATED, AuditAction.DELETED))).isEqualTo(List.of("CREATED", "DELETED"));
		assertThat(AuditValues.plain(new byte[12])).isEqualTo("[12 bytes]");
		String cut = (String) AuditValues.plain("x".repeat(5000));
		assertThat(cut).hasSize(AuditValues.MAX_TEXT + 1).endsWith("…");
	}

	@Test
	void shouldMergeChangesOfOneRecordWithinATransaction() {
		var audit = new PendingAudit(p -> {
		});
		audit.record("A#1", AuditAction.UPDATED, "A", "1", changes("name", "old", "middle"), NOW, "alice", null);
		audit.record("A#1", AuditAction.UPDATED, "A", "1", changes("name", "middle", "new"), NOW, "alice", "why");
		audit.record("A#1", AuditAction.UPDATED, "A", "1", changes("roles", List.of("X"), List.of("X")), NOW, "alice", null);
		// created and changed: one creation with the last values
		audit.record("A#2", AuditAction.CREATED, "A", "2", changes("name", null, "first"), NOW, "alice", null);
		audit.record("A#2", AuditAction.UPDATED, "A", "2", changes("name", "first", "second"), NOW, "alice", null);
		// created and deleted again: nothing
		audit.record("A#3", AuditAction.CREATED, "A", "3", changes("name", null, "brief"), NOW, "alice", null);
		audit.record("A#3", AuditAction.DELETED, "A", "3", changes("name", "brief", null), NOW, "alice", null);
		// changed back to where it started: nothing
		audit.record("A#4", AuditAction.UPDATED, "A", "4", changes("name", "same", "other"), NOW, "alice", null);
		audit.record("A#4", AuditAction.UPDATED, "A", "4", changes("name", "other", "same"), NOW, "alice", null);
		// a collection emptied before its owner is deleted: one deletion with the former elements
		audit.record("A#5", AuditAction.UPDATED, "A", "5", changes("roles", List.of("X"), null), NOW, "alice", null);
		audit.record("A#5", AuditAction.DELETED, "A", "5", changes("name", "gone", null), NOW, "alice", null);
		// a masked change is kept even if the masks look alike
		var masked = new LinkedHashMap<String, PendingChange>();
		masked.put("secret", new PendingChange(AuditRecord.MASKED, AuditRecord.MASKED, true));
		audit.record("A#6", AuditAction.UPDATED, "A", "6", masked, NOW, "alice", null);

		List<PendingEntry> rows = audit.rows();
		assertThat(rows).extracting(e -> e.entityId).containsExactly("1", "2", "5", "6");
		var first = rows.get(0);
		assertThat(first.changes).containsOnlyKeys("name");
		assertThat(first.changes.get("name").before).isEqualTo("old");
		assertThat(first.changes.get("name").after).isEqualTo("new");
		assertThat(first.reason).isEqualTo("why");
		assertThat(rows.get(1).action).isEqualTo(AuditAction.CREATED);
		assertThat(rows.get(1).changes.get("name").before).isNull();
		assertThat(rows.get(1).changes.get("name").after).isEqualTo("second");
		assertThat(rows.get(2).action).isEqualTo(AuditAction.DELETED);
		assertThat(rows.get(2).changes).containsOnlyKeys("name", "roles");
		assertThat(rows.get(2).changes.get("roles").before).isEqualTo(List.of("X"));
		assertThat(rows.get(3).changes).containsOnlyKeys("secret");
	}

	@Test
	void shouldKeepTheChangesWithinTheColumn() throws Exception {
		var changes = new LinkedHashMap<String, PendingChange>();
		for (int i = 0; i < 200; i++) {
			changes.put("property" + i, new PendingChange("b".repeat(1999), "a".repeat(1999), false));
		}
		String json = PendingAudit.json(changes);
		assertThat(json.length()).isLessThanOrEqualTo(PendingAudit.MAX_CHANGES);
		assertThat(JsonMapper.builder().build().readTree(json).size()).isEqualTo(200);

		changes.clear();
		changes.put("roles", new PendingChange(null, List.of("Đức Lĩnh", "A\"B"), false));
		assertThat(PendingAudit.json(changes)).isEqualTo("{\"roles\":{\"before\":null,\"after\":[\"Đức Lĩnh\",\"A\\\"B\"]}}");
	}

	private static Map<String, PendingChange> changes(String property, Object before, Object after) {
		var changes = new LinkedHashMap<String, PendingChange>();
		changes.put(property, new PendingChange(before, after, false));
		return changes;
	}

	private static EntityPersister persister(Class<?> type, int version, String... properties) {
		EntityPersister persister = mock(EntityPersister.class);
		when(persister.getEntityName()).thenReturn(type.getName());
		when(persister.getMappedClass()).thenAnswer(i -> type);
		when(persister.getPropertyNames()).thenReturn(properties);
		when(persister.isVersioned()).thenReturn(version >= 0);
		when(persister.getVersionPropertyIndex()).thenReturn(version);
		return persister;
	}
}
