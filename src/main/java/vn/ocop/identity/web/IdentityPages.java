package vn.ocop.identity.web;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ocop.shared.web.FormFields;

/**
 * What the account screens share: the form fields of the identity bundle, and success told as the layout shows it
 * (the message code flashed as {@code flash}).
 */
@Component
class IdentityPages extends FormFields {

	IdentityPages(MessageSource messages) {
		super(messages, "identity");
	}

	@Override
	protected void flash(RedirectAttributes redirect, String successCode) {
		redirect.addFlashAttribute("flash", successCode);
	}
}
