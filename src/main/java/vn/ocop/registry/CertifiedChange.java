package vn.ocop.registry;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A change to what a certificate recognised, as the producer proposes it (issue 15, finding 10): the product's name,
 * product set, packaging and story after the change, and why (packaging or story left out stay as they are). Other
 * details stay editable without approval.
 */
public record CertifiedChange(@NotBlank @Size(max = 300) String name, @NotBlank @Size(max = 32) String productSetCode,
		@Nullable @Size(max = 1000) String packaging, @Nullable @Size(max = 20000) String story,
		@NotBlank @Size(max = 2000) String reason) {
}
