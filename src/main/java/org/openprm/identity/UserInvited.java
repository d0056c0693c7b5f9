package org.openprm.identity;

import java.util.Map;
import java.util.UUID;

import org.openprm.shared.AuditableEvent;
import org.openprm.shared.FieldChange;

/**
 * A person was invited to a partner organisation (or to the vendor team); the invitation mail follows.
 */
public record UserInvited(UUID userId, UUID partnerId, String email, Role role) implements AuditableEvent {

	@Override
	public String subjectType() {
		return "User";
	}

	@Override
	public String subjectId() {
		return userId.toString();
	}

	@Override
	public String action() {
		return "invited";
	}

	@Override
	public Map<String, FieldChange> changes() {
		return Map.of("email", new FieldChange(null, email), "role", new FieldChange(null, role.name()));
	}
}
