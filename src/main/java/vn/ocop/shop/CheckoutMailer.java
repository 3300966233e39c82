package vn.ocop.shop;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.ocop.shared.Money;
import vn.ocop.shared.OcopSettings;

/**
 * E-mails the buyer the confirmation of a checkout once it has committed (Vietnamese first, then English): the
 * checkout code, each order with its producer and total, and where to track them. Without a mail server or an
 * address nothing is sent.
 */
@Component
class CheckoutMailer {

	private static final Logger log = LoggerFactory.getLogger(CheckoutMailer.class);
	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final ObjectProvider<JavaMailSender> mailSender;
	private final ShopOrders orders;
	private final MessageSource messages;
	private final String from;
	private final String baseUrl;

	CheckoutMailer(ObjectProvider<JavaMailSender> mailSender, ShopOrders orders, MessageSource messages,
			OcopSettings settings) {
		this.mailSender = mailSender;
		this.orders = orders;
		this.messages = messages;
		this.from = settings.mail().from();
		this.baseUrl = settings.baseUrlWithoutSlash();
	}

	@ApplicationModuleListener
	void on(CheckoutPlaced placed) {
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null || placed.buyerEmail() == null) {
			return;
		}
		var mail = new SimpleMailMessage();
		mail.setFrom(from);
		mail.setTo(placed.buyerEmail());
		mail.setSubject("[OCOP] " + text("shop.mail.subject", VIETNAMESE, placed.checkoutCode()));
		mail.setText(body(placed, VIETNAMESE) + "\n\n— English —\n\n" + body(placed, Locale.ENGLISH));
		try {
			sender.send(mail);
		}
		catch (MailException e) {
			log.warn("Could not e-mail the confirmation of checkout {}: {}", placed.checkoutCode(), e.getMessage());
		}
	}

	private String body(CheckoutPlaced placed, Locale locale) {
		var text = new StringBuilder(text("shop.mail.intro", locale, placed.checkoutCode())).append("\n\n");
		for (ShopOrder order : orders.findByCheckoutCodeOrderByCode(placed.checkoutCode())) {
			OrderView view = order.toView();
			text.append(text("shop.mail.order", locale, view.orderCode(), view.producerName(), Money.format(view.total())))
					.append('\n');
			for (OrderView.Line line : view.lines()) {
				text.append("  - ").append(line.title()).append(line.variant() == null ? "" : " (" + line.variant() + ")")
						.append(" × ").append(line.quantity()).append(": ").append(Money.format(line.lineTotalVnd()))
						.append('\n');
			}
			if (view.vietQrPayload() != null) {
				text.append("  ").append(text("shop.mail.transfer", locale, view.orderCode())).append('\n');
			}
		}
		text.append('\n').append(text("shop.mail.total", locale, Money.format(placed.total()))).append("\n\n")
				.append(text("shop.mail.track", locale, baseUrl + "/shop/track")).append('\n');
		return text.toString();
	}

	private String text(String code, Locale locale, Object... args) {
		return messages.getMessage(code, args, code, locale);
	}
}
