package org.openprm.deals.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;
import org.openprm.deals.DealComment;

/**
 * A comment in a deal's thread.
 */
@Entity
@Table(name = "deal_comments")
public class CommentRecord implements Persistable<UUID> {

	/** Always new until written: saving it inserts without first looking for an existing row. */
	@Transient
	private boolean fresh = true;

	@Id
	private UUID id;

	private UUID registrationId;

	private UUID authorId;

	private String authorName;

	private boolean fromVendor;

	private String body;

	private Instant createdAt;

	protected CommentRecord() {
	}

	public CommentRecord(UUID registrationId, UUID authorId, String authorName, boolean fromVendor, String body,
			Instant createdAt) {
		this.id = UUID.randomUUID();
		this.registrationId = registrationId;
		this.authorId = authorId;
		this.authorName = authorName;
		this.fromVendor = fromVendor;
		this.body = body;
		this.createdAt = createdAt;
	}

	public DealComment toComment() {
		return new DealComment(id, registrationId, authorId, authorName, fromVendor, body, createdAt);
	}

	public UUID registrationId() {
		return registrationId;
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
