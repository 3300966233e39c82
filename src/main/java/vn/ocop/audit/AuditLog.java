package vn.ocop.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.shared.OcopSettings;

/**
 * Reads the audit log with plain SQL. There is deliberately no way to change or remove an entry: the only
 * statement that writes to {@code audit_entry} is the insert of {@link PendingAudit}.
 */
@Service
@Transactional(readOnly = true)
class AuditLog implements AuditApi {

	private static final String COLUMNS = "select occurred_at, actor, action, entity_type, entity_id, changes, reason from audit_entry";
	private static final String NEWEST_FIRST = " order by occurred_at desc, id desc";
	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final TypeReference<LinkedHashMap<String, Map<String, @Nullable Object>>> CHANGES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final OcopSettings settings;

	AuditLog(JdbcClient jdbc, OcopSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	@Override
	public List<AuditRecord> history(String entityType, String entityId) {
		return jdbc.sql(COLUMNS + " where entity_type = ? and entity_id = ?" + NEWEST_FIRST)
				.params(entityType, entityId)
				.query(AuditLog::toRecord)
				.list();
	}

	@Override
	public Page<AuditRecord> search(AuditFilter filter, Pageable pageable) {
		var where = new StringBuilder(" where 1 = 1");
		List<Object> params = new ArrayList<>();
		if (filter.actor() != null) {
			Set<String> actors = new LinkedHashSet<>();
			actors.add(filter.actor());
			actors.add(filter.actor().toLowerCase(Locale.ROOT));
			actors.addAll(filter.actorAccounts());
			where.append(" and actor in (").append(String.join(", ", java.util.Collections.nCopies(actors.size(), "?")))
					.append(")");
			params.addAll(actors);
		}
		if (filter.entityType() != null) {
			where.append(" and entity_type = ?");
			params.add(filter.entityType());
		}
		if (filter.entityId() != null) {
			where.append(" and entity_id = ?");
			params.add(filter.entityId());
		}
		if (filter.text() != null) {
			where.append(" and (lower(changes) like lower(?) escape '!' or lower(reason) like lower(?) escape '!')");
			String pattern = "%" + filter.text().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
			params.add(pattern);
			params.add(pattern);
		}
		if (filter.from() != null) {
			where.append(" and occurred_at >= ?");
			params.add(filter.from().atStartOfDay(settings.zone()).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
		}
		if (filter.to() != null) {
			where.append(" and occurred_at < ?");
			params.add(filter.to().plusDays(1).atStartOfDay(settings.zone()).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
		}
		long total = jdbc.sql("select count(*) from audit_entry" + where).params(params).query(Long.class).single();
		if (pageable.isUnpaged()) {
			return new PageImpl<>(jdbc.sql(COLUMNS + where + NEWEST_FIRST).params(params).query(AuditLog::toRecord).list(),
					pageable, total);
		}
		if (total == 0 || pageable.getOffset() >= total) {
			return new PageImpl<>(List.of(), pageable, total);
		}
		List<Object> paged = new ArrayList<>(params);
		paged.add(pageable.getOffset());
		paged.add(pageable.getPageSize());
		var items = jdbc.sql(COLUMNS + where + NEWEST_FIRST + " offset ? rows fetch next ? rows only")
				.params(paged)
				.query(AuditLog::toRecord)
				.list();
		return new PageImpl<>(items, pageable, total);
	}

	@Override
	public List<String> entityTypes() {
		return jdbc.sql("select distinct entity_type from audit_entry order by entity_type").query(String.class).list();
	}

	private static AuditRecord toRecord(ResultSet rs, int row) throws SQLException {
		Map<String, AuditRecord.Change> changes = new LinkedHashMap<>();
		String json = rs.getString("changes");
		if (json != null && !json.isBlank()) {
			JSON.readValue(json, CHANGES).forEach((name, values) -> changes.put(name,
					new AuditRecord.Change(values == null ? null : values.get("before"), values == null ? null : values.get("after"))));
		}
		return new AuditRecord(rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
				AuditAction.valueOf(rs.getString("action")), rs.getString("entity_type"), rs.getString("entity_id"),
				changes, rs.getString("reason"));
	}
}
