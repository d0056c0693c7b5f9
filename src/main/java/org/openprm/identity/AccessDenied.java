package org.openprm.identity;

import java.util.Map;
import java.util.UUID;

import org.openprm.shared.AuditableEvent;
import org.openprm.shared.FieldChange;

/**
 * An actor asked for a record outside its scope. Audited even though the request fails.
 */
public record AccessDenied(String subjectType, String subjectId, UUID partnerId, String operation)
		implements AuditableEvent {

	@Override
	public String action() {
		return "denied";
	}

	@Override
	public Map<String, FieldChange> changes() {
		return Map.of("operation", new FieldChange(null, operation));
	}
}
