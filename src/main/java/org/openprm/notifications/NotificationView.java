package org.openprm.notifications;

import java.time.Instant;
import java.util.UUID;

/**
 * One in-app notification of the current user.
 *
 * @param readAt when the user marked it read, or null while unread
 */
public record NotificationView(UUID id, String kind, String subject, String body, String linkPath, Instant createdAt,
		Instant readAt) {

	public boolean read() {
		return readAt != null;
	}
}
