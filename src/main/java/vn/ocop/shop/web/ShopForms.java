package vn.ocop.shop.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ocop.shared.web.FormFields;

/**
 * The shop's {@link FormFields}: runs the changes of the producer's bound forms, flashing the message code the
 * layout shows ({@code flash}); each rule of a listing, a bank account or an order names the field it is about.
 */
@Component
class ShopForms extends FormFields {

	/** The fields the shop's own rules are about, by message code. */
	static final Map<String, String> RULE_FIELDS = ruleFields();

	ShopForms(MessageSource messages) {
		super(messages, "shop");
	}

	@Override
	protected void flash(RedirectAttributes redirect, String successCode) {
		redirect.addFlashAttribute("flash", successCode);
	}

	private static Map<String, String> ruleFields() {
		Map<String, String> fields = new HashMap<>();
		for (String field : List.of("productId", "title", "variant", "unit", "priceVnd", "stock", "weightGrams",
				"deliveryArea", "leadTimeDays", "description")) {
			fields.put("shop.listing.invalid." + field, field);
		}
		for (String field : List.of("bankBin", "accountNumber", "accountName")) {
			fields.put("shop.bank.invalid." + field, field);
		}
		fields.put("shop.listing.photoType", "file");
		fields.put("shop.listing.tooManyPhotos", "file");
		fields.put("shop.order.carrierRequired", "carrier");
		fields.put("shop.order.trackingRequired", "trackingCode");
		fields.put("shop.order.reasonRequired", "reason");
		return Map.copyOf(fields);
	}
}
