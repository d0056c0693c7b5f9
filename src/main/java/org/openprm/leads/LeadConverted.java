package org.openprm.leads;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.openprm.shared.AuditableEvent;
import org.openprm.shared.FieldChange;

/**
 * The partner converted the lead into a deal registration.
 */
public record LeadConverted(UUID leadId, UUID partnerId, UUID registrationId, Instant at) implements AuditableEvent {

	@Override
	public String subjectType() {
		return "Lead";
	}

	@Override
	public String subjectId() {
		return leadId.toString();
	}

	@Override
	public String action() {
		return "converted";
	}

	@Override
	public Map<String, FieldChange> changes() {
		return Map.of();
	}
}
