package vn.ocop.registry.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

import vn.ocop.registry.LegalForm;
import vn.ocop.registry.ProducerFilter;

/**
 * The filters of the producer list, bound from the query string.
 */
class ProducerSearch {

	private @Nullable String q;
	private @Nullable LegalForm legalForm;
	private @Nullable String unitCode;
	private int page;

	ProducerFilter toFilter() {
		return new ProducerFilter(q, legalForm, unitCode);
	}

	/** The filters as a query string ("?q=…&legalForm=…"), without the page; empty without filters. */
	public String query() {
		var builder = UriComponentsBuilder.newInstance();
		if (q != null && !q.isBlank()) {
			builder.queryParam("q", q);
		}
		if (legalForm != null) {
			builder.queryParam("legalForm", legalForm.name());
		}
		if (unitCode != null && !unitCode.isBlank()) {
			builder.queryParam("unitCode", unitCode);
		}
		String query = builder.encode().build().getQuery();
		return query == null || query.isEmpty() ? "" : "?" + query;
	}

	public @Nullable String getQ() {
		return q;
	}

	public void setQ(@Nullable String q) {
		this.q = q;
	}

	public @Nullable LegalForm getLegalForm() {
		return legalForm;
	}

	public void setLegalForm(@Nullable LegalForm legalForm) {
		this.legalForm = legalForm;
	}

	public @Nullable String getUnitCode() {
		return unitCode;
	}

	public void setUnitCode(@Nullable String unitCode) {
		this.unitCode = unitCode;
	}

	public int getPage() {
		return page;
	}

	public void setPage(int page) {
		this.page = page;
	}
}
