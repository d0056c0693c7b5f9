package org.openprm.recruitment.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.openprm.recruitment.LifecycleEntry;
import org.openprm.recruitment.LifecycleStage;

/**
 * One lifecycle stage change of a partner, or of an applicant that is no partner yet.
 */
@Entity
@Table(name = "partner_lifecycle_events")
public class LifecycleRecord {

	@Id
	private UUID id;

	private UUID partnerId;

	private UUID applicationId;

	@Enumerated(EnumType.STRING)
	private LifecycleStage stage;

	private String cause;

	private Instant occurredAt;

	protected LifecycleRecord() {
	}

	public LifecycleRecord(UUID partnerId, UUID applicationId, LifecycleStage stage, String cause, Instant occurredAt) {
		this.id = UUID.randomUUID();
		this.partnerId = partnerId;
		this.applicationId = applicationId;
		this.stage = stage;
		this.cause = cause;
		this.occurredAt = occurredAt;
	}

	public LifecycleStage stage() {
		return stage;
	}

	public LifecycleEntry toEntry() {
		return new LifecycleEntry(stage, cause, occurredAt);
	}
}
