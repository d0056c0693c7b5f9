package org.openprm.identity;

import java.util.Map;
import java.util.UUID;

import org.openprm.shared.AuditableEvent;
import org.openprm.shared.FieldChange;

/**
 * A user's account changed: activated, deactivated, reactivated, locked out, settings changed.
 */
public record UserAccountChanged(UUID userId, UUID partnerId, String action, Map<String, FieldChange> changes)
		implements AuditableEvent {

	@Override
	public String subjectType() {
		return "User";
	}

	@Override
	public String subjectId() {
		return userId.toString();
	}
}
