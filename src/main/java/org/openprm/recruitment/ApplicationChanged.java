package org.openprm.recruitment;

import java.util.Map;
import java.util.UUID;

import org.openprm.shared.AuditableEvent;
import org.openprm.shared.FieldChange;

/**
 * Any change of an application, for the audit trail. Applications belong to no partner until approved,
 * so only vendor staff see these entries.
 */
public record ApplicationChanged(UUID applicationId, String action, Map<String, FieldChange> changes)
		implements AuditableEvent {

	@Override
	public String subjectType() {
		return "PartnerApplication";
	}

	@Override
	public String subjectId() {
		return applicationId.toString();
	}

	@Override
	public UUID partnerId() {
		return null;
	}
}
