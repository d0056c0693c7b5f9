package org.openprm.leads.routing;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where a lead goes and why: how many partners were considered, how many each filter removed (in the
 * order the filters ran), the winner and runners-up with their score components, and the rule version.
 *
 * @param winner the chosen partner, or null when no partner is left
 * @param method {@code PINNED} (named account) or {@code RULES}
 * @param tied how many candidates shared the best score (ties go by weighted round robin)
 */
public record RoutingDecision(UUID winner, String method, int considered, Map<String, Integer> filtered,
		List<ScoredCandidate> candidates, int tied, String ruleVersion) {

	public boolean routed() {
		return winner != null;
	}
}
