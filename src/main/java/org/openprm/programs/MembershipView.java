package org.openprm.programs;

import java.time.Instant;
import java.util.UUID;

/**
 * A partner's membership of one programme: the tier it holds there and since when it is a member.
 */
public record MembershipView(UUID partnerId, UUID programId, String programName, UUID tierId, String tierName,
		int tierRank, Instant since) {
}
