package org.openprm.programs;

import java.time.Instant;
import java.util.UUID;

/**
 * One tier change of a partner (or its enrolment, without a previous tier).
 */
public record TierHistoryView(UUID programId, String programName, String fromTierName, String toTierName, String reason,
		Instant at) {
}
