package org.openprm.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.openprm.shared.FieldChange;

/**
 * One line of the audit trail.
 */
public record AuditEntryView(UUID id, Instant occurredAt, UUID actorId, String actorEmail, UUID partnerId,
		String subjectType, String subjectId, String action, String outcome, Map<String, FieldChange> changes) {
}
