package org.openprm.leads.routing;

import java.util.Set;
import java.util.UUID;

/**
 * The configured rules: weights, optional programme, minimum tier rank and segment, and the version
 * string stored with every explanation.
 *
 * @param programId partners must belong to this programme (a lead's own programme takes precedence); null: any
 * @param minimumTierRank partners must hold at least this tier rank in that programme; 0: any
 * @param segmentMembers partners must be members of this segment; null: no segment rule
 */
public record RoutingRules(String version, RoutingWeights weights, UUID programId, int minimumTierRank,
		Set<UUID> segmentMembers) {

	public static RoutingRules defaults() {
		return new RoutingRules("v1", RoutingWeights.DEFAULTS, null, 0, null);
	}
}
