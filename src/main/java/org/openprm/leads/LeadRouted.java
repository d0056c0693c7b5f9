package org.openprm.leads;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.openprm.shared.AuditableEvent;
import org.openprm.shared.FieldChange;

/**
 * A lead was offered to a partner (by the rules, a named-account pin or vendor staff).
 */
public record LeadRouted(UUID leadId, UUID partnerId, String method, Instant at) implements AuditableEvent {

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
		return "routed";
	}

	@Override
	public Map<String, FieldChange> changes() {
		return Map.of();
	}
}
