package vn.ocop.registry;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a certificate recognised of a product was changed with the provincial office's approval: its name, product
 * set, packaging or story. The certificate in force follows, so that the label, /verify and the public pages keep
 * showing the same product.
 *
 * @param requestId the producer's approved request, or null when the office changed the details itself
 */
public record CertifiedDetailsAmended(UUID productId, UUID producerId, String name, String productSetCode,
		@Nullable UUID requestId, String actor, Instant at) {
}
