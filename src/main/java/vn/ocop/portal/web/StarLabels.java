package vn.ocop.portal.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import vn.ocop.shared.Stars;

/**
 * The words of a product's stars as the portal's cards say them to screen readers ({@code portal.stars}: "4 sao",
 * "4 stars"): {@code ${@starLabels.of(item.stars, #locale)}} gives what {@code #{portal.stars(${item.stars})}} gave,
 * formatted once per language and count instead of once per card (a page of results has two dozen).
 */
@Component("starLabels")
class StarLabels {

	private final MessageSource messages;
	/** Bounded: a language comes from the visitor ({@code ?lang=}, a cookie), and any tag is taken. */
	private final Cache<Locale, String[]> labels = Caffeine.newBuilder().maximumSize(256).build();

	StarLabels(MessageSource messages) {
		this.messages = messages;
	}

	public String of(int stars, Locale locale) {
		if (stars < Stars.MIN || stars > Stars.MAX) {
			return format(stars, locale);
		}
		return labels.get(locale, l -> {
			String[] all = new String[Stars.MAX + 1];
			for (int n = Stars.MIN; n <= Stars.MAX; n++) {
				all[n] = format(n, l);
			}
			return all;
		})[stars];
	}

	private String format(int stars, Locale locale) {
		return messages.getMessage("portal.stars", new Object[] { stars }, locale);
	}
}
