package vn.ocop.registry;

import java.time.Instant;
import java.util.UUID;

/**
 * What the public knows of a product changed: its name, description, story, ingredients, packaging, product set or
 * place was edited (not its lifecycle: see {@link ProductStatusChanged}).
 */
public record ProductDescribed(UUID productId, UUID producerId, Instant at) {
}
