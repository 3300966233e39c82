package vn.ocop.registry;

import java.time.Instant;
import java.util.UUID;

/** A producer (chủ thể OCOP) was edited: its name, legal form, address or contacts. */
public record ProducerDescribed(UUID producerId, Instant at) {
}
