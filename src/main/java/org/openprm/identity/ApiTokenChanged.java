package org.openprm.identity;

import java.util.Map;
import java.util.UUID;

import org.openprm.shared.AuditableEvent;
import org.openprm.shared.FieldChange;

/**
 * An API token was issued or revoked.
 */
public record ApiTokenChanged(UUID tokenId, UUID userId, UUID partnerId, String action, String name)
		implements AuditableEvent {

	@Override
	public String subjectType() {
		return "ApiToken";
	}

	@Override
	public String subjectId() {
		return tokenId.toString();
	}

	@Override
	public Map<String, FieldChange> changes() {
		return Map.of("name", new FieldChange(null, name), "user", new FieldChange(null, userId.toString()));
	}
}
