package org.openprm.programs.domain.segments;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.openprm.shared.FieldChange;

/**
 * A named, dynamic group of partners: only its rule is stored (as JSON), the members are found live.
 */
@Entity
@Table(name = "partner_segments")
public class Segment {

	@Id
	private UUID id;

	private String name;

	private String nameKey;

	private String description;

	private String ruleJson;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long version;

	protected Segment() {
	}

	public Segment(Instant now) {
		this.id = UUID.randomUUID();
		this.createdAt = now;
		this.updatedAt = now;
	}

	public FieldChange.Diff define(String newName, String newDescription, String newRuleJson, Instant now) {
		FieldChange.Diff diff = new FieldChange.Diff().field("name", name, newName)
			.field("description", description, newDescription).field("rule", ruleJson, newRuleJson);
		this.name = newName;
		this.nameKey = key(newName);
		this.description = newDescription;
		this.ruleJson = newRuleJson;
		if (!diff.isEmpty()) {
			this.updatedAt = now;
		}
		return diff;
	}

	public static String key(String name) {
		return name.trim().toLowerCase(Locale.ROOT);
	}

	public UUID id() {
		return id;
	}

	public String name() {
		return name;
	}

	public String description() {
		return description;
	}

	public String ruleJson() {
		return ruleJson;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public long version() {
		return version == null ? 0 : version;
	}
}
