package org.openprm.leads;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a lead's routing history: who got it, how and how it ended.
 */
public record LeadAssignmentView(UUID partnerId, String partnerName, String method, Instant offeredAt,
		Instant acceptedAt, String outcome, String outcomeReason, Instant endedAt, RoutingExplanation explanation) {
}
