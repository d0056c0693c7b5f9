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
 * A partner programme (reseller, MSP, referral...) that partners are enrolled in.
 */
@Entity
@Table(name = "programs")
public class Program {

	@Id
	private UUID id;

	@Column(name = "program_key")
	private String key;

	private String name;

	private String description;

	private boolean active;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long version;

	protected Program() {
	}

	public Program(String key, Instant now) {
		this.id = UUID.randomUUID();
		this.key = key;
		this.active = true;
		this.createdAt = now;
		this.updatedAt = now;
	}

	public FieldChange.Diff edit(String newName, String newDescription, boolean newActive, Instant now) {
		FieldChange.Diff diff = new FieldChange.Diff().field("name", name, newName)
			.field("description", description, newDescription).field("active", active, newActive);
		this.name = newName;
		this.description = newDescription;
		this.active = newActive;
		if (!diff.isEmpty()) {
			this.updatedAt = now;
		}
		return diff;
	}

	public UUID id() {
		return id;
	}

	public String key() {
		return key;
	}

	public String name() {
		return name;
	}

	public String description() {
		return description;
	}

	public boolean active() {
		return active;
	}

	public long version() {
		return version == null ? 0 : version;
	}
}
