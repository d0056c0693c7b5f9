package org.openprm.notifications;

import org.openprm.shared.PageResult;

/**
 * A page of the current user's notifications, newest first, with how many of all of them are unread.
 */
public record NotificationList(PageResult<NotificationView> page, long unreadCount) {
}
