package vn.ocop.audit.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

import vn.ocop.audit.AuditFilter;

/**
 * The search form of the audit log page, bound from the query string (so that results can be linked to).
 */
class AuditSearchForm {

	private @Nullable String actor;
	private @Nullable String type;
	private @Nullable String id;
	private @Nullable String q;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate from;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate to;

	AuditFilter toFilter() {
		return new AuditFilter(actor, type, id, q, from, to);
	}

	/** The criteria as a query string ending in {@code &}, for the page links. */
	String queryString() {
		var uri = UriComponentsBuilder.newInstance();
		add(uri, "actor", actor);
		add(uri, "type", type);
		add(uri, "id", id);
		add(uri, "q", q);
		add(uri, "from", from == null ? null : from.toString());
		add(uri, "to", to == null ? null : to.toString());
		String query = uri.encode().build().getQuery();
		return query == null ? "" : query + "&";
	}

	private static void add(UriComponentsBuilder uri, String name, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			uri.queryParam(name, value.strip());
		}
	}

	public @Nullable String getActor() {
		return actor;
	}

	public void setActor(@Nullable String actor) {
		this.actor = actor;
	}

	public @Nullable String getType() {
		return type;
	}

	public void setType(@Nullable String type) {
		this.type = type;
	}

	public @Nullable String getId() {
		return id;
	}

	public void setId(@Nullable String id) {
		this.id = id;
	}

	public @Nullable String getQ() {
		return q;
	}

	public void setQ(@Nullable String q) {
		this.q = q;
	}

	public @Nullable LocalDate getFrom() {
		return from;
	}

	public void setFrom(@Nullable LocalDate from) {
		this.from = from;
	}

	public @Nullable LocalDate getTo() {
		return to;
	}

	public void setTo(@Nullable LocalDate to) {
		this.to = to;
	}
}
