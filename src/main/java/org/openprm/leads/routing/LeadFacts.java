package org.openprm.leads.routing;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What routing knows of one lead.
 *
 * @param excluded partners that declined it or had it recalled: never offered it again
 * @param pinnedPartnerId a partner whose existing customer the lead is (named-account pinning), or null
 */
public record LeadFacts(UUID id, String country, String region, String postalCode, Location location,
		List<String> productInterest, UUID programId, boolean highValue, Set<UUID> excluded, UUID pinnedPartnerId) {
}
