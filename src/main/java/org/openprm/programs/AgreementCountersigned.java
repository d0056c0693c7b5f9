package org.openprm.programs;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.openprm.shared.AuditableEvent;
import org.openprm.shared.FieldChange;

/**
 * Vendor staff counter-signed a partner's agreement acceptance.
 */
public record AgreementCountersigned(UUID partnerId, UUID acceptanceId, String by, Instant at) implements AuditableEvent {

	@Override
	public String subjectType() {
		return "AgreementAcceptance";
	}

	@Override
	public String subjectId() {
		return acceptanceId.toString();
	}

	@Override
	public String action() {
		return "countersigned";
	}

	@Override
	public Map<String, FieldChange> changes() {
		return Map.of("countersignedBy", new FieldChange(null, by));
	}
}
