package org.openprm.deals;

import java.time.Instant;
import java.util.UUID;

/**
 * A message in the thread between the partner and its channel manager on one deal.
 */
public record DealComment(UUID id, UUID registrationId, UUID authorId, String authorName, boolean fromVendor,
		String body, Instant createdAt) {
}
