package org.openprm.leads.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * One offer of a lead to one partner, with the stored explanation of why, and how it ended:
 * {@code OFFERED} (open), {@code ACCEPTED}, {@code DECLINED}, {@code RECALLED}, {@code REASSIGNED},
 * {@code CONVERTED} or {@code LOST}.
 */
@Entity
@Table(name = "lead_assignments")
public class LeadAssignment implements Persistable<UUID> {

	/** Ids are assigned here, so whether the row exists is tracked rather than looked up (no SELECT before INSERT). */
	@Transient
	private boolean fresh = true;

	@Id
	private UUID id;

	private UUID leadId;

	private UUID partnerId;

	private String method;

	private String ruleVersion;

	private String explanation;

	private String assignedBy;

	private Instant offeredAt;

	private String outcome;

	private String outcomeReason;

	private Instant endedAt;

	private Instant acceptedAt;

	protected LeadAssignment() {
	}

	public LeadAssignment(UUID leadId, UUID partnerId, String method, String ruleVersion, String explanation,
			String assignedBy, Instant offeredAt) {
		this.id = UUID.randomUUID();
		this.leadId = leadId;
		this.partnerId = partnerId;
		this.method = method;
		this.ruleVersion = ruleVersion;
		this.explanation = explanation;
		this.assignedBy = assignedBy;
		this.offeredAt = offeredAt;
		this.outcome = "OFFERED";
	}

	public void accepted(Instant now) {
		outcome = "ACCEPTED";
		acceptedAt = now;
	}

	/** Ends the assignment (declined, recalled, reassigned, converted, lost). */
	public void end(String how, String reason, Instant now) {
		outcome = how;
		outcomeReason = reason;
		endedAt = now;
	}

	public boolean open() {
		return endedAt == null;
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
	void stored() {
		fresh = false;
	}

	public UUID id() { return id; }

	public UUID leadId() { return leadId; }

	public UUID partnerId() { return partnerId; }

	public String method() { return method; }

	public String ruleVersion() { return ruleVersion; }

	public String explanation() { return explanation; }

	public String assignedBy() { return assignedBy; }

	public Instant offeredAt() { return offeredAt; }

	public String outcome() { return outcome; }

	public String outcomeReason() { return outcomeReason; }

	public Instant endedAt() { return endedAt; }

	public Instant acceptedAt() { return acceptedAt; }
}
