package org.openprm.programs.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A partner's membership of one programme, in exactly one of its tiers.
 */
@Entity
@Table(name = "program_memberships")
public class ProgramMembership {

	@Id
	private UUID id;

	private UUID partnerId;

	private UUID programId;

	private UUID tierId;

	private Instant since;

	private Instant tierSince;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long version;

	protected ProgramMembership() {
	}

	public ProgramMembership(UUID partnerId, UUID programId, UUID tierId, Instant now) {
		this.id = UUID.randomUUID();
		this.partnerId = partnerId;
		this.programId = programId;
		this.tierId = tierId;
		this.since = now;
		this.tierSince = now;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Moves the partner to another tier of the same programme; answers the tier it left. */
	public UUID moveTo(UUID newTierId, Instant now) {
		UUID previous = tierId;
		this.tierId = newTierId;
		this.tierSince = now;
		this.updatedAt = now;
		return previous;
	}

	public UUID id() {
		return id;
	}

	public UUID partnerId() {
		return partnerId;
	}

	public UUID programId() {
		return programId;
	}

	public UUID tierId() {
		return tierId;
	}

	public Instant since() {
		return since;
	}

	public Instant tierSince() {
		return tierSince;
	}

	public long version() {
		return version == null ? 0 : version;
	}
}
