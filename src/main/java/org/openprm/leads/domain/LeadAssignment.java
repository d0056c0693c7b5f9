package org.openprm.leads.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One offer of a lead to one partner, with the stored explanation of why, and how it ended:
 * {@code OFFERED} (open), {@code ACCEPTED}, {@code DECLINED}, {@code RECALLED}, {@code REASSIGNED},
 * {@code CONVERTED} or {@code LOST}.
 */
@Entity
@Table(name = "lead_assignments")
public class LeadAssignment {

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
