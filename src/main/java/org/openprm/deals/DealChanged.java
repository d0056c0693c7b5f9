package org.openprm.deals;

import java.util.Map;
import java.util.UUID;

import org.openprm.shared.AuditableEvent;
import org.openprm.shared.FieldChange;

/**
 * Any change of a deal registration, for the audit trail: created, updated, a status change, a
 * comment, credit or extension; carries the changed fields.
 */
public record DealChanged(UUID registrationId, UUID partnerId, String action, Map<String, FieldChange> changes)
		implements AuditableEvent {

	@Override
	public String subjectType() {
		return "DealRegistration";
	}

	@Override
	public String subjectId() {
		return registrationId.toString();
	}
}
