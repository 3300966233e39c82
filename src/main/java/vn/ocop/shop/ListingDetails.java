package vn.ocop.shop;

import org.jspecify.annotations.Nullable;

import vn.ocop.shared.BusinessRuleException;

/**
 * What a producer decides about a listing.
 *
 * @param title the name shown in the shop
 * @param variant the variant or pack size, e.g. "Hộp 5 kg"
 * @param unit the unit sold, e.g. "hộp"
 * @param priceVnd the price of one unit in whole đồng
 * @param stock units available
 * @param weightGrams the shipping weight of one unit
 * @param deliveryArea where the producer delivers, e.g. "Toàn quốc"
 * @param leadTimeDays days from the order to dispatch
 */
public record ListingDetails(String title, @Nullable String variant, String unit, long priceVnd, int stock,
		@Nullable Integer weightGrams, @Nullable String deliveryArea, @Nullable Integer leadTimeDays,
		@Nullable String description) {

	/** The most a single unit may cost (100 million đồng), against typing errors. */
	public static final long MAX_PRICE_VND = 100_000_000L;
	public static final int MAX_STOCK = 1_000_000;

	/** 422 naming the field that is wrong. */
	void check() {
		if (title == null || title.isBlank() || title.strip().length() > 200) {
			throw field("title");
		}
		if (variant != null && variant.strip().length() > 100) {
			throw field("variant");
		}
		if (unit == null || unit.isBlank() || unit.strip().length() > 50) {
			throw field("unit");
		}
		if (priceVnd <= 0 || priceVnd > MAX_PRICE_VND) {
			throw field("priceVnd");
		}
		if (stock < 0 || stock > MAX_STOCK) {
			throw field("stock");
		}
		if (weightGrams != null && (weightGrams <= 0 || weightGrams > 1_000_000)) {
			throw field("weightGrams");
		}
		if (deliveryArea != null && deliveryArea.strip().length() > 300) {
			throw field("deliveryArea");
		}
		if (leadTimeDays != null && (leadTimeDays < 0 || leadTimeDays > 90)) {
			throw field("leadTimeDays");
		}
		if (description != null && description.strip().length() > 2000) {
			throw field("description");
		}
	}

	private static BusinessRuleException field(String name) {
		return new BusinessRuleException(BusinessRuleException.Kind.UNPROCESSABLE, java.util.Map.of("field", name),
				"shop.listing.invalid." + name);
	}
}
