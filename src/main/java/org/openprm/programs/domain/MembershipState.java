package org.openprm.programs.domain;

import java.time.Instant;
import java.util.UUID;

import org.openprm.programs.ComplianceStatus;

/**
 * A membership with its compliance bookkeeping, as the evaluation reads and writes it.
 */
public record MembershipState(UUID id, UUID partnerId, UUID programId, UUID tierId, ComplianceStatus status,
		Instant failingSince, UUID pendingTierId, String pendingReason) {
}
