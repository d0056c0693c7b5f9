package org.openprm.recruitment.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.openprm.recruitment.LifecycleStage;
import org.openprm.recruitment.LifecycleTrigger;

/**
 * One lifecycle trigger of a partner (or of an applicant that is no partner yet) and the stage it led to
 * when it was recorded. Listeners may record concurrently, so readers replay the triggers in time order
 * through {@link LifecyclePolicy} rather than trusting the last stored stage.
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

	public LifecycleRecord(UUID partnerId, UUID applicationId, LifecycleStage stage, LifecycleTrigger trigger,
			Instant occurredAt) {
		this.id = UUID.randomUUID();
		this.partnerId = partnerId;
		this.applicationId = applicationId;
		this.stage = stage;
		this.cause = trigger.name();
		this.occurredAt = occurredAt;
	}

	public UUID partnerId() {
		return partnerId;
	}

	public LifecycleStage stage() {
		return stage;
	}

	/** What caused the change: the trigger's name. */
	public LifecycleTrigger trigger() {
		return LifecycleTrigger.valueOf(cause);
	}

	public Instant occurredAt() {
		return occurredAt;
	}
}
