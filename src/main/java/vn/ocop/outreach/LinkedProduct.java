package vn.ocop.outreach;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A registry product linked to an outlet, a pilot model or an event, with its name as it was when linked.
 */
@Embeddable
public record LinkedProduct(@Column(name = "product_id", nullable = false) UUID productId,
		@Column(name = "product_name", nullable = false) String productName) {
}
