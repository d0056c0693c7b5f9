package org.openprm.leads;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.openprm.shared.AuditableEvent;
import org.openprm.shared.FieldChange;

/**
 * The partner accepted the lead offered to it.
 */
public record LeadAccepted(UUID leadId, UUID partnerId, Instant at) implements AuditableEvent {

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
		return "accepted";
	}

	@Override
	public Map<String, FieldChange> changes() {
		return Map.of();
	}
}
