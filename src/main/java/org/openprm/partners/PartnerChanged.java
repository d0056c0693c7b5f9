package org.openprm.partners;

import java.util.Map;
import java.util.UUID;

import org.openprm.shared.AuditableEvent;
import org.openprm.shared.FieldChange;

/**
 * A partner organisation was created, edited or changed status; carries the changed fields.
 */
public record PartnerChanged(UUID partnerId, String action, Map<String, FieldChange> changes)
		implements AuditableEvent {

	@Override
	public String subjectType() {
		return "Partner";
	}

	@Override
	public String subjectId() {
		return partnerId.toString();
	}
}
