package org.openprm.notifications.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openprm.notifications.NotificationList;
import org.openprm.notifications.NotificationManagement;
import org.openprm.notifications.NotificationView;
import org.openprm.shared.web.Paging;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The caller's own in-app notifications: list (newest first), mark one or all read.
 */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications")
class NotificationRestController {

	private final NotificationManagement notifications;

	NotificationRestController(NotificationManagement notifications) {
		this.notifications = notifications;
	}

	record NotificationResponse(UUID id, String kind, String subject, String body, String link, Instant createdAt,
			Instant readAt, boolean read) {

		static NotificationResponse of(NotificationView n) {
			return new NotificationResponse(n.id(), n.kind(), n.subject(), n.body(), n.linkPath(), n.createdAt(),
					n.readAt(), n.read());
		}
	}

	record NotificationsResponse(List<NotificationResponse> items, int page, int size, long total, long unreadCount) {

		static NotificationsResponse of(NotificationList list) {
			return new NotificationsResponse(list.page().items().stream().map(NotificationResponse::of).toList(),
					list.page().page(), list.page().size(), list.page().total(), list.unreadCount());
		}
	}

	@GetMapping
	@Operation(summary = "The caller's notifications, newest first (paged; unread=true leaves out those already read)")
	NotificationsResponse list(@RequestParam(defaultValue = "false") boolean unread,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return NotificationsResponse.of(notifications.mine(unread,
				PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), Paging.MAX_SIZE))));
	}

	@PostMapping("/{notificationId}/read")
	@Operation(summary = "Mark one of the caller's notifications read")
	NotificationResponse markRead(@PathVariable UUID notificationId) {
		return NotificationResponse.of(notifications.markRead(notificationId));
	}

	@PostMapping("/read-all")
	@Operation(summary = "Mark all of the caller's notifications read; answers how many were unread")
	Map<String, Integer> markAllRead() {
		return Map.of("marked", notifications.markAllRead());
	}
}
