package vn.ocop.registry.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

import vn.ocop.registry.ProductFilter;
import vn.ocop.registry.ProductStatus;

/**
 * The filters of the product list, bound from the query string; a value that does not convert is dropped (and
 * reported) rather than failing the page.
 */
class ProductSearch {

	private @Nullable String q;
	private @Nullable ProductStatus status;
	private @Nullable Integer cycleYear;
	private @Nullable String unitCode;
	private @Nullable UUID producerId;
	private @Nullable String productSetCode;
	private @Nullable Integer reachedStage;
	private int page;

	ProductFilter toFilter() {
		Integer stage = reachedStage == null || reachedStage < 0 || reachedStage > 4 ? null : reachedStage;
		return new ProductFilter(q, status, cycleYear, unitCode, producerId, productSetCode, stage);
	}

	/** The filters as a query string ("?q=…&status=…"), without the page; empty without filters. */
	public String query() {
		var builder = UriComponentsBuilder.newInstance();
		add(builder, "q", q);
		add(builder, "status", status);
		add(builder, "cycleYear", cycleYear);
		add(builder, "unitCode", unitCode);
		add(builder, "producerId", producerId);
		add(builder, "productSetCode", productSetCode);
		add(builder, "reachedStage", reachedStage);
		String query = builder.encode().build().getQuery();
		return query == null || query.isEmpty() ? "" : "?" + query;
	}

	/** The filters with a page number, as a query string. */
	public String query(int page) {
		String query = query();
		return (query.isEmpty() ? "?" : query + "&") + "page=" + Math.max(page, 0);
	}

	private static void add(UriComponentsBuilder builder, String name, @Nullable Object value) {
		if (value != null && !value.toString().isBlank()) {
			builder.queryParam(name, value.toString());
		}
	}

	public @Nullable String getQ() {
		return q;
	}

	public void setQ(@Nullable String q) {
		this.q = q;
	}

	public @Nullable ProductStatus getStatus() {
		return status;
	}

	public void setStatus(@Nullable ProductStatus status) {
		this.status = status;
	}

	public @Nullable Integer getCycleYear() {
		return cycleYear;
	}

	public void setCycleYear(@Nullable Integer cycleYear) {
		this.cycleYear = cycleYear;
	}

	public @Nullable String getUnitCode() {
		return unitCode;
	}

	public void setUnitCode(@Nullable String unitCode) {
		this.unitCode = unitCode;
	}

	public @Nullable UUID getProducerId() {
		return producerId;
	}

	public void setProducerId(@Nullable UUID producerId) {
		this.producerId = producerId;
	}

	public @Nullable String getProductSetCode() {
		return productSetCode;
	}

	public void setProductSetCode(@Nullable String productSetCode) {
		this.productSetCode = productSetCode;
	}

	public @Nullable Integer getReachedStage() {
		return reachedStage;
	}

	public void setReachedStage(@Nullable Integer reachedStage) {
		this.reachedStage = reachedStage;
	}

	public int getPage() {
		return page;
	}

	public void setPage(int page) {
		this.page = page;
	}
}
