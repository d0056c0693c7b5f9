package org.openprm.recruitment;

import java.time.Instant;
import java.util.UUID;

/**
 * An application was approved: the partner organisation exists, its first admin is invited and it is
 * enrolled in the chosen programme and tier.
 */
public record ApplicationApproved(UUID applicationId, UUID partnerId, UUID adminUserId, UUID programmeId,
		UUID tierId, Instant approvedAt) {
}
