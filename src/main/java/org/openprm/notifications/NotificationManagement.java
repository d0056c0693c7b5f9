package org.openprm.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.openprm.identity.AccessDenied;
import org.openprm.identity.Actor;
import org.openprm.identity.CurrentActor;
import org.openprm.notifications.domain.Notification;
import org.openprm.notifications.domain.NotificationRepository;
import org.openprm.shared.PageResult;
import org.openprm.shared.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices to users: delivered in-app to each recipient and by e-mail, and each user's own
 * notifications to read and mark read. A notification is its recipient's alone: anyone else asking for
 * it gets the same 404 as for one that does not exist, and a {@code denied} audit entry.
 */
@Service
@Transactional
public class NotificationManagement {

	static final String TYPE = "Notification";

	private final NotificationRepository notifications;

	private final NotificationMailer mailer;

	private final CurrentActor actors;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	NotificationManagement(NotificationRepository notifications, NotificationMailer mailer, CurrentActor actors,
			ApplicationEventPublisher events, Clock clock) {
		this.notifications = notifications;
		this.mailer = mailer;
		this.actors = actors;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Stores one notification per recipient and mails each one that has an address. Call it after the
	 * change committed (from an event listener): a mail that fails rolls the notifications back with it,
	 * so a retry of the event delivers both once.
	 */
	public void deliver(Notice notice) {
		Instant now = clock.instant();
		for (Notice.Recipient recipient : notice.recipients()) {
			if (recipient.userId() != null) {
				notifications.save(new Notification(recipient.userId(), notice.kind(), notice.subject(), notice.body(),
						notice.linkPath(), now));
			}
		}
		notifications.flush();
		for (Notice.Recipient recipient : notice.recipients()) {
			if (recipient.email() != null && recipient.email().contains("@")) {
				mailer.send(recipient.email(), notice);
			}
		}
	}

	/** The caller's notifications, newest first; {@code unreadOnly} leaves out those already read. */
	@Transactional(readOnly = true)
	public NotificationList mine(boolean unreadOnly, Pageable pageable) {
		UUID me = me();
		Page<Notification> page = unreadOnly
				? notifications.findByRecipientIdAndReadAtIsNullOrderByCreatedAtDescIdDesc(me, pageable)
				: notifications.findByRecipientIdOrderByCreatedAtDescIdDesc(me, pageable);
		return new NotificationList(PageResult.of(page, Notification::toView), unreadCount());
	}

	@Transactional(readOnly = true)
	public long unreadCount() {
		Actor actor = actors.get();
		return actor.userId() == null ? 0 : notifications.countByRecipientIdAndReadAtIsNull(actor.userId());
	}

	public NotificationView markRead(UUID id) {
		Notification notification = own(id);
		notification.markRead(clock.instant());
		return notification.toView();
	}

	/** Marks all of the caller's notifications read; answers how many were unread. */
	public int markAllRead() {
		return notifications.markAllRead(me(), clock.instant());
	}

	private Notification own(UUID id) {
		UUID me = me();
		Notification notification = notifications.findById(id).orElseThrow(() -> RecordNotFound.of(TYPE, id));
		if (!notification.recipientId().equals(me)) {
			events.publishEvent(new AccessDenied(TYPE, id.toString(), actors.get().partnerId(), "read"));
			throw RecordNotFound.of(TYPE, id);
		}
		return notification;
	}

	private UUID me() {
		UUID me = actors.get().userId();
		if (me == null) {
			throw new IllegalStateException("Only signed-in users have notifications");
		}
		return me;
	}
}
