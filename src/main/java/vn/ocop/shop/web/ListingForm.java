package vn.ocop.shop.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.ocop.shop.ListingDetails;
import vn.ocop.shop.ListingView;

/**
 * A listing as the producer types it: the certified product (when publishing), what the buyer reads and the price
 * and stock as typed (with or without thousands separators). The listing's own rules check every field and name
 * the one that is wrong.
 */
class ListingForm {

	private @Nullable UUID productId;
	private String title = "";
	private @Nullable String variant;
	private String unit = "";
	private @Nullable String priceVnd;
	private @Nullable String stock;
	private @Nullable Integer weightGrams;
	private @Nullable String deliveryArea;
	private @Nullable Integer leadTimeDays;
	private @Nullable String description;

	/** The form showing a listing as it is. */
	static ListingForm of(ListingView listing) {
		var form = new ListingForm();
		form.title = listing.title();
		form.variant = listing.variant();
		form.unit = listing.unit();
		form.priceVnd = String.valueOf(listing.priceVnd());
		form.stock = String.valueOf(listing.stock());
		form.weightGrams = listing.weightGrams();
		form.deliveryArea = listing.deliveryArea();
		form.leadTimeDays = listing.leadTimeDays();
		form.description = listing.description();
		return form;
	}

	ListingDetails details() {
		return new ListingDetails(title, variant, unit, ShopManageController.price(priceVnd),
				ShopManageController.count(stock), weightGrams, deliveryArea, leadTimeDays, description);
	}

	public @Nullable UUID getProductId() {
		return productId;
	}

	public void setProductId(@Nullable UUID productId) {
		this.productId = productId;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title == null ? "" : title;
	}

	public @Nullable String getVariant() {
		return variant;
	}

	public void setVariant(@Nullable String variant) {
		this.variant = variant;
	}

	public String getUnit() {
		return unit;
	}

	public void setUnit(@Nullable String unit) {
		this.unit = unit == null ? "" : unit;
	}

	public @Nullable String getPriceVnd() {
		return priceVnd;
	}

	public void setPriceVnd(@Nullable String priceVnd) {
		this.priceVnd = priceVnd;
	}

	public @Nullable String getStock() {
		return stock;
	}

	public void setStock(@Nullable String stock) {
		this.stock = stock;
	}

	public @Nullable Integer getWeightGrams() {
		return weightGrams;
	}

	public void setWeightGrams(@Nullable Integer weightGrams) {
		this.weightGrams = weightGrams;
	}

	public @Nullable String getDeliveryArea() {
		return deliveryArea;
	}

	public void setDeliveryArea(@Nullable String deliveryArea) {
		this.deliveryArea = deliveryArea;
	}

	public @Nullable Integer getLeadTimeDays() {
		return leadTimeDays;
	}

	public void setLeadTimeDays(@Nullable Integer leadTimeDays) {
		this.leadTimeDays = leadTimeDays;
	}

	public @Nullable String getDescription() {
		return description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}
}
