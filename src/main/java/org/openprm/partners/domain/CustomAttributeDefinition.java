package org.openprm.partners.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.openprm.partners.AttributeDefinition;
import org.openprm.partners.AttributeType;
import org.openprm.shared.FieldChange;

/**
 * A vendor-defined partner attribute and the rule its values must follow.
 */
@Entity
@Table(name = "custom_attribute_definitions")
public class CustomAttributeDefinition {

	@Id
	private UUID id;

	@Column(name = "attr_key")
	private String key;

	private String label;

	@Enumerated(EnumType.STRING)
	private AttributeType type;

	private boolean required;

	/** Choices separated by a newline; only for CHOICE attributes. */
	private String choices;

	private Instant createdAt;

	@Version
	// A wrapper type: null marks a new aggregate, so that saving it inserts instead of merging.
	private Long version;

	protected CustomAttributeDefinition() {
	}

	public CustomAttributeDefinition(String key, String label, AttributeType type, boolean required,
			List<String> choices) {
		this.id = UUID.randomUUID();
		this.key = key;
		this.createdAt = Instant.now();
		this.label = label;
		this.type = type;
		this.required = required;
		this.choices = String.join("\n", choices);
	}

	public FieldChange.Diff redefine(String newLabel, boolean newRequired, List<String> newChoices) {
		FieldChange.Diff diff = new FieldChange.Diff().field("label", label, newLabel)
			.field("required", required, newRequired)
			.field("choices", choices(), newChoices);
		this.label = newLabel;
		this.required = newRequired;
		this.choices = String.join("\n", newChoices);
		return diff;
	}

	public List<String> choices() {
		return choices.isEmpty() ? List.of() : Arrays.asList(choices.split("\n"));
	}

	public AttributeDefinition toView() {
		return new AttributeDefinition(id, key, label, type, required, choices());
	}

	public UUID id() {
		return id;
	}

	public String key() {
		return key;
	}

	public AttributeType type() {
		return type;
	}

	public boolean required() {
		return required;
	}
}
