package org.openprm.identity;

import java.util.Map;
import java.util.UUID;

import org.openprm.shared.AuditableEvent;
import org.openprm.shared.FieldChange;

/**
 * Someone asked for a password-reset link for an active user; the mail with the link follows.
 */
public record PasswordResetRequested(UUID userId, UUID partnerId, String email) implements AuditableEvent {

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
		return "password-reset-requested";
	}

	@Override
	public Map<String, FieldChange> changes() {
		return Map.of();
	}
}
