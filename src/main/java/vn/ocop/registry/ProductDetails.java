package vn.ocop.registry;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What describes a product, as entered in the registration form, the API or an import row.
 */
public record ProductDetails(
		@NotBlank @Size(max = 300) String name,
		@NotBlank @Size(max = 32) String productSetCode,
		@NotBlank @Size(max = 16) String communeCode,
		@NotNull RegistrationType registrationType,
		@Nullable @Size(max = 5000) String description,
		@Nullable @Size(max = 2000) String ingredients,
		@Nullable @Size(max = 1000) String packaging,
		@Nullable @Size(max = 100) String shelfLife,
		@Nullable @Size(max = 50) String unit,
		@Nullable @Min(0) @Max(1_000_000_000_000L) Long priceVnd,
		@Nullable @Pattern(regexp = "\\d{8}|\\d{12}|\\d{13}|\\d{14}", message = "{registry.gtin.format}") String gtin,
		@Nullable @Size(max = 20000) String story) {

	/** The minimum the API requires. */
	public static ProductDetails basic(String name, String productSetCode, String communeCode,
			@Nullable String description) {
		return new ProductDetails(name, productSetCode, communeCode, RegistrationType.NEW_PRODUCT, description, null,
				null, null, null, null, null, null);
	}

	/** The same details in the commune as the registry resolved it (a code in force on the day). */
	public ProductDetails inCommune(String communeCode) {
		return new ProductDetails(name, productSetCode, communeCode, registrationType, description, ingredients,
				packaging, shelfLife, unit, priceVnd, gtin, story);
	}
}
