package vn.ocop.notification.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ocop.identity.AccessScope;
import vn.ocop.notification.NotificationView;
import vn.ocop.notification.Notifications;
import vn.ocop.shared.web.NavigationItem;

/**
 * The signed-in user's notices: a page and the JSON API.
 */
@Controller
@Tag(name = "Notifications", description = "Thông báo cho người dùng / notices for the signed-in user")
class NotificationController {

	private final Notifications notifications;
	private final AccessScope scope;

	NotificationController(Notifications notifications, AccessScope scope) {
		this.notifications = notifications;
		this.scope = scope;
	}

	@GetMapping("/notifications")
	String page(Model model, Locale locale) {
		String username = scope.requireCurrentUser().username();
		model.addAttribute("notifications", notifications.recent(username, 100, locale));
		model.addAttribute("unread", notifications.unreadCount(username));
		return "notification/index";
	}

	@PostMapping("/notifications/{id}/read")
	String read(@PathVariable UUID id, @RequestParam(required = false) String next) {
		notifications.markRead(scope.requireCurrentUser().username(), id);
		return "redirect:" + (next != null && next.startsWith("/") && !next.startsWith("//") ? next : "/notifications");
	}

	@PostMapping("/notifications/read-all")
	String readAll() {
		notifications.markAllRead(scope.requireCurrentUser().username());
		return "redirect:/notifications";
	}

	@GetMapping("/api/v1/notifications")
	@ResponseBody
	@Operation(summary = "Thông báo gần đây của người dùng / the signed-in user's latest notices")
	List<NotificationView> list(@RequestParam(defaultValue = "50") int limit, Locale locale) {
		return notifications.recent(scope.requireCurrentUser().username(), Math.max(1, Math.min(limit, 200)), locale);
	}

	@PostMapping("/api/v1/notifications/{id}/read")
	@ResponseBody
	@Operation(summary = "Đánh dấu đã đọc / mark a notice read")
	ResponseEntity<Void> markRead(@PathVariable UUID id) {
		notifications.markRead(scope.requireCurrentUser().username(), id);
		return ResponseEntity.noContent().build();
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem notificationsNavigation() {
			return NavigationItem.of("notification.nav", "/notifications", 95);
		}
	}
}
