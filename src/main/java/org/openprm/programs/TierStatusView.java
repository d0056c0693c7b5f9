package org.openprm.programs;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Where a partner stands in one programme and why: its tier and status, each requirement of the tier
 * (required vs actual), what is still missing for the next tier up, a tier change waiting for the
 * vendor's approval, and the benefits of its tier.
 */
public record TierStatusView(UUID programId, String programName, UUID tierId, String tierName, int tierRank,
		ComplianceStatus status, Instant failingSince, Instant downgradeDueAt, List<RequirementCheck> checks,
		UUID nextTierId, String nextTierName, List<RequirementCheck> missingForNext, UUID pendingTierId,
		String pendingTierName, String pendingReason, Benefits benefits) {
}
