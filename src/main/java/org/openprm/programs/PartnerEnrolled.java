package org.openprm.programs;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.openprm.shared.AuditableEvent;
import org.openprm.shared.FieldChange;

/**
 * A partner joined a programme in a tier; recorded in the partner's audit trail.
 */
public record PartnerEnrolled(UUID partnerId, UUID programId, UUID tierId, Instant at) implements AuditableEvent {

	@Override
	public String subjectType() {
		return "ProgramMembership";
	}

	@Override
	public String subjectId() {
		return programId.toString();
	}

	@Override
	public String action() {
		return "enrolled";
	}

	@Override
	public Map<String, FieldChange> changes() {
		return Map.of("tierId", new FieldChange(null, tierId.toString()));
	}
}
