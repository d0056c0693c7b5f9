package org.openprm.leads;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.openprm.shared.AuditableEvent;
import org.openprm.shared.FieldChange;

/**
 * The lead was taken back from the partner (acceptance window passed, no updates, or reassigned by vendor staff).
 */
public record LeadRecalled(UUID leadId, UUID partnerId, String reason, Instant at) implements AuditableEvent {

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
		return "recalled";
	}

	@Override
	public Map<String, FieldChange> changes() {
		return Map.of();
	}
}
