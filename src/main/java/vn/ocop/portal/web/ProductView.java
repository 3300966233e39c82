package vn.ocop.portal.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.unbescape.uri.UriEscape;

import vn.ocop.portal.CatalogueItem;
import vn.ocop.shared.Stars;
import vn.ocop.shared.web.MoneyFormat;

/**
 * What a product page prints of its product, worked out in one go: the texts and addresses that its template
 * computed expression by expression on every visit (a formatted date, a price, the status and legal form in words,
 * the stars' label, the links), so that the template prints prepared strings. Each is what the template's own
 * expression gave: the links as {@code @{...}} encodes them, the messages as {@code #{...}} resolves them.
 *
 * @param title the page's title
 * @param description the page's description for search engines and link previews
 * @param image the photo's absolute address, for link previews; null without a photo
 * @param photo the photo's address on the site; null without a photo
 */
record ProductView(String title, String description, @Nullable String image, @Nullable String photo,
		@Nullable String photoAlt, String ogLocale, String groupLink, String starsLabel, String starsSymbols,
		String statusClass, String statusLabel, String certificateLine, String verifyLink, String producerLink,
		String legalForm, String placeName, @Nullable String price, String shopLink, String complaintLink) {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	static ProductView of(CatalogueItem item, String site, MessageSource messages, StarLabels starLabels,
			MoneyFormat money, Locale locale) {
		String photo = item.photoPath();
		String certificate = UriEscape.escapeUriPath(item.certificateCode());
		return new ProductView(item.name() + " — " + message(messages, "app.name", locale),
				item.description() != null ? org.thymeleaf.util.StringUtils.abbreviate(item.description(), 200)
						: message(messages, "portal.product.description", locale, item.name(), item.stars(),
								item.producerName()),
				photo == null ? null : site + photo, photo,
				photo == null ? null : message(messages, "portal.product.photoAlt", locale, item.name()),
				"en".equals(locale.getLanguage()) ? "en_GB" : "vi_VN",
				"/products?group=" + UriEscape.escapeUriQueryParam(item.groupCode()),
				starLabels.of(item.stars(), locale), Stars.symbols(item.stars()),
				"VALID".equals(item.certificateStatus()) ? "text-bg-success" : "text-bg-warning",
				message(messages, "portal.status." + item.certificateStatus(), locale),
				message(messages, "portal.product.certificate", locale, item.certificateCode(),
						item.validUntil() == null ? null : DATE.format(item.validUntil())),
				"/verify/" + certificate, "/producers/" + UriEscape.escapeUriPath(item.producerSlug()),
				message(messages, "portal.form." + item.legalForm(), locale), item.placeName(),
				item.priceVnd() == null ? null : money.of(item.priceVnd()) + (item.unit() != null ? " / " + item.unit() : ""),
				"/shop?product=" + item.productId(),
				"/complaints/new?code=" + UriEscape.escapeUriQueryParam(item.certificateCode()));
	}

	/** As {@code #{code(args)}} gives it: a message not found is written {@code ??code_locale??}. */
	private static String message(MessageSource messages, String code, Locale locale, Object... args) {
		String text = messages.getMessage(code, args.length == 0 ? null : args, null, locale);
		return text != null ? text : "??" + code + "_" + locale + "??";
	}
}
