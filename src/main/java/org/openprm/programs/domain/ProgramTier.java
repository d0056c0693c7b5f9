package org.openprm.programs.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.openprm.shared.FieldChange;

/**
 * A tier of a programme; rank 1 is the lowest.
 */
@Entity
@Table(name = "program_tiers")
public class ProgramTier {

	@Id
	private UUID id;

	private UUID programId;

	@Column(name = "tier_key")
	private String key;

	private String name;

	@Column(name = "tier_rank")
	private int rank;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long version;

	protected ProgramTier() {
	}

	public ProgramTier(UUID programId, String key, Instant now) {
		this.id = UUID.randomUUID();
		this.programId = programId;
		this.key = key;
		this.createdAt = now;
		this.updatedAt = now;
	}

	public FieldChange.Diff edit(String newName, int newRank, Instant now) {
		FieldChange.Diff diff = new FieldChange.Diff().field("name", name, newName).field("rank", rank, newRank);
		this.name = newName;
		this.rank = newRank;
		if (!diff.isEmpty()) {
			this.updatedAt = now;
		}
		return diff;
	}

	public UUID id() {
		return id;
	}

	public UUID programId() {
		return programId;
	}

	public String key() {
		return key;
	}

	public String name() {
		return name;
	}

	public int rank() {
		return rank;
	}

	public long version() {
		return version == null ? 0 : version;
	}
}
