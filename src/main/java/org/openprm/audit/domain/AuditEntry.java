package org.openprm.audit.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.springframework.data.domain.Persistable;

/**
 * An audit entry. Immutable: written once, never updated or deleted by the application.
 */
@Entity
@Immutable
@Table(name = "audit_entries")
public class AuditEntry implements Persistable<UUID> {

	@Id
	private UUID id;

	private Instant occurredAt;

	private UUID actorId;

	private String actorEmail;

	private UUID partnerId;

	private String subjectType;

	private String subjectId;

	private String action;

	private String outcome;

	private String changes;

	protected AuditEntry() {
	}

	public AuditEntry(UUID actorId, String actorEmail, UUID partnerId, String subjectType, String subjectId,
			String action, String outcome, String changes) {
		this.id = UUID.randomUUID();
		this.occurredAt = Instant.now();
		this.actorId = actorId;
		this.actorEmail = actorEmail;
		this.partnerId = partnerId;
		this.subjectType = subjectType;
		this.subjectId = subjectId;
		this.action = action;
		this.outcome = outcome;
		this.changes = changes;
	}

	public UUID id() {
		return id;
	}

	@Override
	public UUID getId() {
		return id;
	}

	/** Entries are only ever inserted, so saving one never needs to look for an existing row first. */
	@Override
	public boolean isNew() {
		return true;
	}

	public Instant occurredAt() {
		return occurredAt;
	}

	public UUID actorId() {
		return actorId;
	}

	public String actorEmail() {
		return actorEmail;
	}

	public UUID partnerId() {
		return partnerId;
	}

	public String subjectType() {
		return subjectType;
	}

	public String subjectId() {
		return subjectId;
	}

	public String action() {
		return action;
	}

	public String outcome() {
		return outcome;
	}

	public String changes() {
		return changes;
	}
}
