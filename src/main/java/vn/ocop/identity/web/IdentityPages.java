package vn.ocop.identity.web;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.ocop.shared.web.FormFields;

/**
 * What the account screens share: the form fields of the identity bundle.
 */
@Component
class IdentityPages extends FormFields {

	IdentityPages(MessageSource messages) {
		super(messages, "identity");
	}
}
