package org.openprm.programs;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.openprm.shared.AuditableEvent;
import org.openprm.shared.FieldChange;

/**
 * A partner moved from one tier of a programme to another, with the reason; recorded in its audit trail.
 */
public record TierChanged(UUID partnerId, UUID programId, UUID fromTierId, UUID toTierId, String reason, Instant at)
		implements AuditableEvent {

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
		return "tierChanged";
	}

	@Override
	public Map<String, FieldChange> changes() {
		return new FieldChange.Diff().field("tierId", fromTierId, toTierId).field("reason", null, reason).changes();
	}
}
