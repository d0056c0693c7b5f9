package org.openprm.leads.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;
import jakarta.persistence.Version;

import org.openprm.leads.LeadStatus;
import org.openprm.shared.IllegalTransition;

/**
 * A lead: the aggregate of the leads module. Status changes are intent verbs that refuse illegal
 * transitions; the partner holding the lead is {@code assignedPartnerId}, which is also what the
 * visibility scope checks.
 */
@Entity
@Table(name = "leads")
public class Lead implements Persistable<UUID> {

	/** Ids are assigned here, so whether the row exists is tracked rather than looked up (no SELECT before INSERT). */
	@Transient
	private boolean fresh = true;

	@Id
	private UUID id;

	@Embedded
	private LeadDetails details;

	private String companyKey;

	private UUID programId;

	private int score;

	private String grade;

	private boolean highValue;

	private String supportOffer;

	@Enumerated(EnumType.STRING)
	private LeadStatus status;

	private String statusReason;

	private UUID duplicateOf;

	private UUID linkedRegistrationId;

	private UUID assignedPartnerId;

	private Instant offeredAt;

	private Instant acceptDueAt;

	private boolean acceptReminded;

	private Instant acceptedAt;

	private Instant lastUpdateAt;

	private Instant nudgedAt;

	private UUID dealRegistrationId;

	private Instant convertedAt;

	private Instant wonAt;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Lead() {
	}

	public Lead(LeadDetails details, String companyKey, UUID programId, int score, String grade, Instant now) {
		this.id = UUID.randomUUID();
		this.details = details;
		this.companyKey = companyKey;
		this.programId = programId;
		this.score = score;
		this.grade = grade;
		this.status = LeadStatus.NEW;
		this.createdAt = now;
		this.updatedAt = now;
	}

	private void move(LeadStatus target, Instant now) {
		if (!status.allows(target)) {
			throw new IllegalTransition("Lead", status, target);
		}
		status = target;
		updatedAt = now;
	}

	public void qualify(boolean distributable, Instant now) {
		move(distributable ? LeadStatus.QUEUED : LeadStatus.WAITING, now);
	}

	public void markDuplicateOf(UUID original, Instant now) {
		move(LeadStatus.DUPLICATE, now);
		duplicateOf = original;
	}

	public void linkRegistration(UUID registrationId) {
		linkedRegistrationId = registrationId;
	}

	/** Vendor staff release a waiting lead for distribution. */
	public void release(Instant now) {
		move(LeadStatus.QUEUED, now);
	}

	public void offer(UUID partnerId, Instant dueAt, Instant now) {
		move(LeadStatus.OFFERED, now);
		assignedPartnerId = partnerId;
		offeredAt = now;
		acceptDueAt = dueAt;
		acceptReminded = false;
		acceptedAt = null;
		nudgedAt = null;
		lastUpdateAt = now;
	}

	/** The partner gave it back or lost it: nobody holds it until it is offered again. */
	public void unassign(Instant now) {
		move(LeadStatus.QUEUED, now);
		assignedPartnerId = null;
		acceptDueAt = null;
	}

	public void accept(Instant now) {
		move(LeadStatus.ACCEPTED, now);
		acceptedAt = now;
		lastUpdateAt = now;
		acceptDueAt = null;
	}

	/** A status update by the partner: contacted, qualified or lost (with a reason). */
	public void progress(LeadStatus target, String reason, Instant now) {
		if (!status.inProgress() || !(target == LeadStatus.CONTACTED || target == LeadStatus.QUALIFIED
				|| target == LeadStatus.LOST)) {
			throw new IllegalTransition("Lead", status, target);
		}
		move(target, now);
		statusReason = reason;
		lastUpdateAt = now;
		nudgedAt = null;
	}

	/** Vendor staff close a lead that is not worth distributing. */
	public void close(String reason, Instant now) {
		move(LeadStatus.LOST, now);
		statusReason = reason;
	}

	public void convert(UUID registrationId, Instant now) {
		if (!status.inProgress()) {
			throw new IllegalTransition("Lead", status, LeadStatus.CONVERTED);
		}
		move(LeadStatus.CONVERTED, now);
		dealRegistrationId = registrationId;
		convertedAt = now;
		lastUpdateAt = now;
	}

	public void markWon(Instant now) {
		wonAt = now;
		updatedAt = now;
	}

	public void markReminded() {
		acceptReminded = true;
	}

	public void markNudged(Instant now) {
		nudgedAt = now;
	}

	public void flagHighValue(boolean flag, String offer, Instant now) {
		highValue = flag;
		supportOffer = flag ? offer : null;
		updatedAt = now;
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

	public LeadDetails details() { return details; }

	public String companyKey() { return companyKey; }

	public UUID programId() { return programId; }

	public int score() { return score; }

	public String grade() { return grade; }

	public boolean highValue() { return highValue; }

	public String supportOffer() { return supportOffer; }

	public LeadStatus status() { return status; }

	public String statusReason() { return statusReason; }

	public UUID duplicateOf() { return duplicateOf; }

	public UUID linkedRegistrationId() { return linkedRegistrationId; }

	public UUID assignedPartnerId() { return assignedPartnerId; }

	public Instant offeredAt() { return offeredAt; }

	public Instant acceptDueAt() { return acceptDueAt; }

	public boolean acceptReminded() { return acceptReminded; }

	public Instant acceptedAt() { return acceptedAt; }

	public Instant lastUpdateAt() { return lastUpdateAt; }

	public Instant nudgedAt() { return nudgedAt; }

	public UUID dealRegistrationId() { return dealRegistrationId; }

	public Instant convertedAt() { return convertedAt; }

	public Instant wonAt() { return wonAt; }

	public Instant createdAt() { return createdAt; }

	public Instant updatedAt() { return updatedAt; }

	public long version() { return version; }
}
