package vn.ocop.registry.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.ocop.registry.ProductDetails;
import vn.ocop.registry.ProductSummary;
import vn.ocop.registry.RegistrationType;

/**
 * The product registration form (Mẫu 01 new product / Mẫu 02 existing product). Producer and cycle are chosen
 * only when registering.
 */
class ProductForm {

	/** The fields in the order of the form, for the error summary. */
	static final java.util.List<String> FIELDS = java.util.List.of("producerId", "cycleYear", "registrationType", "name",
			"productSetCode", "communeCode", "description", "ingredients", "packaging", "shelfLife", "unit", "priceVnd",
			"gtin", "story");

	private @Nullable UUID producerId;

	private @Nullable Integer cycleYear;

	@NotNull
	private @Nullable RegistrationType registrationType = RegistrationType.NEW_PRODUCT;

	@NotBlank
	@Size(max = 300)
	private @Nullable String name;

	@NotBlank
	@Size(max = 32)
	private @Nullable String productSetCode;

	@NotBlank
	@Size(max = 16)
	private @Nullable String communeCode;

	@Size(max = 5000)
	private @Nullable String description;

	@Size(max = 2000)
	private @Nullable String ingredients;

	@Size(max = 1000)
	private @Nullable String packaging;

	@Size(max = 100)
	private @Nullable String shelfLife;

	@Size(max = 50)
	private @Nullable String unit;

	@Min(0)
	@Max(1_000_000_000_000L)
	private @Nullable Long priceVnd;

	@Pattern(regexp = "\\d{8}|\\d{12}|\\d{13}|\\d{14}")
	private @Nullable String gtin;

	@Size(max = 20000)
	private @Nullable String story;

	static ProductForm of(ProductSummary product) {
		var form = new ProductForm();
		form.producerId = product.producerId();
		form.cycleYear = product.cycleYear();
		form.registrationType = product.registrationType();
		form.name = product.name();
		form.productSetCode = product.productSetCode();
		form.communeCode = product.communeCode();
		form.description = product.description();
		form.ingredients = product.ingredients();
		form.packaging = product.packaging();
		form.shelfLife = product.shelfLife();
		form.unit = product.unit();
		form.priceVnd = product.priceVnd();
		form.gtin = product.gtin();
		form.story = product.story();
		return form;
	}

	ProductDetails toDetails() {
		return new ProductDetails(name, productSetCode, communeCode, registrationType, description, ingredients,
				packaging, shelfLife, unit, priceVnd, gtin, story);
	}

	public @Nullable UUID getProducerId() {
		return producerId;
	}

	public void setProducerId(@Nullable UUID producerId) {
		this.producerId = producerId;
	}

	public @Nullable Integer getCycleYear() {
		return cycleYear;
	}

	public void setCycleYear(@Nullable Integer cycleYear) {
		this.cycleYear = cycleYear;
	}

	public @Nullable RegistrationType getRegistrationType() {
		return registrationType;
	}

	public void setRegistrationType(@Nullable RegistrationType registrationType) {
		this.registrationType = registrationType;
	}

	public @Nullable String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable String getProductSetCode() {
		return productSetCode;
	}

	public void setProductSetCode(@Nullable String productSetCode) {
		this.productSetCode = productSetCode;
	}

	public @Nullable String getCommuneCode() {
		return communeCode;
	}

	public void setCommuneCode(@Nullable String communeCode) {
		this.communeCode = communeCode;
	}

	public @Nullable String getDescription() {
		return description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	public @Nullable String getIngredients() {
		return ingredients;
	}

	public void setIngredients(@Nullable String ingredients) {
		this.ingredients = ingredients;
	}

	public @Nullable String getPackaging() {
		return packaging;
	}

	public void setPackaging(@Nullable String packaging) {
		this.packaging = packaging;
	}

	public @Nullable String getShelfLife() {
		return shelfLife;
	}

	public void setShelfLife(@Nullable String shelfLife) {
		this.shelfLife = shelfLife;
	}

	public @Nullable String getUnit() {
		return unit;
	}

	public void setUnit(@Nullable String unit) {
		this.unit = unit;
	}

	public @Nullable Long getPriceVnd() {
		return priceVnd;
	}

	public void setPriceVnd(@Nullable Long priceVnd) {
		this.priceVnd = priceVnd;
	}

	public @Nullable String getGtin() {
		return gtin;
	}

	public void setGtin(@Nullable String gtin) {
		this.gtin = gtin;
	}

	public @Nullable String getStory() {
		return story;
	}

	public void setStory(@Nullable String story) {
		this.story = story;
	}
}
