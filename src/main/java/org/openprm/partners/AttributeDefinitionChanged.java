package org.openprm.partners;

import java.util.Map;
import java.util.UUID;

import org.openprm.shared.AuditableEvent;
import org.openprm.shared.FieldChange;

/**
 * A custom attribute definition was created or changed.
 */
public record AttributeDefinitionChanged(UUID definitionId, String action, Map<String, FieldChange> changes)
		implements AuditableEvent {

	@Override
	public String subjectType() {
		return "CustomAttribute";
	}

	@Override
	public String subjectId() {
		return definitionId.toString();
	}

	@Override
	public UUID partnerId() {
		return null;
	}
}
