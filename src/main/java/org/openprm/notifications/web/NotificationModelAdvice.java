package org.openprm.notifications.web;

import org.openprm.identity.CurrentActor;
import org.openprm.notifications.NotificationManagement;
import org.springframework.stereotype.Controller;
import org.thymeleaf.context.LazyContextVariable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the signed-in user's unread count, for the bell in the navigation. The count is lazy: it
 * is queried only when a template shows the bell, not for the API's answers or the fragments htmx swaps
 * into a page, which run these model methods too.
 */
@ControllerAdvice(annotations = Controller.class)
class NotificationModelAdvice {

	private final NotificationManagement notifications;

	private final CurrentActor actors;

	NotificationModelAdvice(NotificationManagement notifications, CurrentActor actors) {
		this.notifications = notifications;
		this.actors = actors;
	}

	@ModelAttribute("unreadNotifications")
	LazyContextVariable<Long> unreadNotifications() {
		return new LazyContextVariable<>() {

			@Override
			protected Long loadValue() {
				return actors.find()
					.filter(actor -> actor.userId() != null)
					.map(actor -> notifications.unreadCount())
					.orElse(null);
			}
		};
	}
}
