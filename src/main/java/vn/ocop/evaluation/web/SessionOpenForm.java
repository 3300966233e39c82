package vn.ocop.evaluation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The products ticked for a new session's agenda; that at least one is ticked and that each may go on it are the
 * session's own rules.
 */
class SessionOpenForm {

	private List<UUID> productIds = new ArrayList<>();

	public List<UUID> getProductIds() {
		return productIds;
	}

	public void setProductIds(@Nullable List<UUID> productIds) {
		this.productIds = productIds == null ? new ArrayList<>() : productIds;
	}
}
