/**
 * Notifications (thông báo): notices to users, shown in the application and sent by e-mail when the account has
 * an address and a mail server is configured. Other modules call {@link vn.ocop.notification.Notifications} with
 * the usernames to tell, a message code and a link; the text is rendered in the reader's language.
 */
@org.jspecify.annotations.NullMarked
package vn.ocop.notification;
