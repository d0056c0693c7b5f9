package org.openprm.programs;

import java.time.Instant;
import java.util.UUID;

/**
 * A membership whose tier change waits for the vendor's decision: an upgrade the partner qualifies for
 * or a downgrade due after the grace period, with the reason the evaluation gave.
 */
public record PendingTierChange(UUID partnerId, String partnerName, UUID programId, String programName,
		String tierName, String pendingTierName, ComplianceStatus status, String reason, Instant failingSince) {
}
