package vn.ocop.registry;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.ocop.shared.Texts;

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

	/** The details as a product keeps them: name and codes without surrounding spaces, a blank GTIN as none. */
	ProductDetails normalised() {
		return new ProductDetails(name.strip(), productSetCode.strip(), communeCode.strip(), registrationType,
				description, ingredients, packaging, shelfLife, unit, priceVnd,
				gtin == null || gtin.isBlank() ? null : gtin.strip(), story);
	}

	/**
	 * Whether these details change what a certificate recognised of the product: the name, the product set, the
	 * packaging or the story's claims (issue 15, finding 10).
	 */
	boolean changeCertified(String currentName, String currentProductSetCode, @Nullable String currentPackaging,
			@Nullable String currentStory) {
		return !currentName.equals(name.strip()) || !currentProductSetCode.equals(productSetCode.strip())
				|| !Objects.equals(Texts.blankToNull(currentPackaging), Texts.blankToNull(packaging))
				|| !Objects.equals(Texts.blankToNull(currentStory), Texts.blankToNull(story));
	}

	/** The same details in the commune as the registry resolved it (a code in force on the day). */
	public ProductDetails inCommune(String communeCode) {
		return new ProductDetails(name, productSetCode, communeCode, registrationType, description, ingredients,
				packaging, shelfLife, unit, priceVnd, gtin, story);
	}
}
