package org.openprm.deals;

import java.util.List;
import java.util.UUID;

/**
 * A record that may be the same customer, with its score in [0,1] and the human-readable reasons.
 * Only vendor staff ever see candidates.
 *
 * @param kind REGISTRATION, ACCOUNT, OPPORTUNITY or NAMED_ACCOUNT
 */
public record ConflictCandidate(String kind, UUID id, String externalId, String name, double score,
		List<String> reasons) {
}
