package org.openprm.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * Audit trail filters; every field is optional.
 */
public record AuditCriteria(UUID partnerId, String subjectType, String subjectId, String action, String actor,
		Instant from, Instant to) {

	public static AuditCriteria none() {
		return new AuditCriteria(null, null, null, null, null, null, null);
	}
}
