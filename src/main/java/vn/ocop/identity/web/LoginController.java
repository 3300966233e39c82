package vn.ocop.identity.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.ocop.shared.OcopSettings;

/**
 * The sign-in page; a signed-in user goes straight to the workspace.
 */
@Controller
class LoginController {

	private final boolean demoMode;

	LoginController(OcopSettings settings) {
		this.demoMode = settings.demo().enabled();
	}

	@GetMapping("/login")
	String login(Authentication authentication, Model model) {
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/dashboard";
		}
		model.addAttribute("demoMode", demoMode);
		return "login";
	}
}
