package vn.ocop.notification;

import java.util.List;
import java.util.UUID;

/**
 * Notices were stored for their readers; e-mail goes out after the transaction that stored them commits.
 */
record NoticesPosted(List<UUID> notificationIds) {
}
