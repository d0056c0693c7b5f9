package org.openprm.notifications.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.openprm.notifications.NotificationView;
import org.springframework.data.domain.Persistable;

/**
 * One notice as one user received it. Only whether it was read ever changes.
 */
@Entity
@Table(name = "notifications")
public class Notification implements Persistable<UUID> {

	/** Always new until written: saving it inserts without first looking for an existing row. */
	@Transient
	private boolean fresh = true;

	@Id
	private UUID id;

	private UUID recipientId;

	private String kind;

	private String subject;

	private String body;

	private String linkPath;

	private Instant createdAt;

	private Instant readAt;

	protected Notification() {
	}

	public Notification(UUID recipientId, String kind, String subject, String body, String linkPath, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.recipientId = recipientId;
		this.kind = clip(kind, 60);
		this.subject = clip(subject, 300);
		this.body = clip(body, 4000);
		this.linkPath = linkPath;
		this.createdAt = createdAt;
	}

	private static String clip(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max - 3) + "...";
	}

	/** Marks it read once; reading it again keeps the first time. */
	public void markRead(Instant at) {
		if (readAt == null) {
			readAt = at;
		}
	}

	public UUID recipientId() {
		return recipientId;
	}

	public NotificationView toView() {
		return new NotificationView(id, kind, subject, body, linkPath, createdAt, readAt);
	}

	@Override
	public UUID getId() {
		return id;
	}

	@Override
	public boolean isNew() {
		return fresh;
	}

	@PostLoad
	@PostPersist
	void written() {
		this.fresh = false;
	}
}
