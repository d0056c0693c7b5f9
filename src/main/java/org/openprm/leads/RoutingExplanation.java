package org.openprm.leads;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Why a lead went where it went: the candidates considered, how many each filter removed, the score
 * components of the winner and the runners-up, and the rule version. A partner's copy names only itself.
 *
 * @param method {@code RULES}, {@code PINNED} (named account) or {@code MANUAL}
 */
public record RoutingExplanation(UUID leadId, UUID winner, String method, int considered,
		Map<String, Integer> filtered, List<Candidate> candidates, int tied, String ruleVersion, String assignedBy,
		Instant at) {

	/** The explanation of a decision of the routing engine, as stored with the assignment. */
	public static RoutingExplanation of(UUID leadId, org.openprm.leads.routing.RoutingDecision decision, String by,
			Instant at) {
		return new RoutingExplanation(leadId, decision.winner(), decision.method(), decision.considered(),
				decision.filtered(), decision.candidates().stream().map(c -> new Candidate(c.partnerId(), c.partnerName(),
						c.score(), c.components(), c.partnerId().equals(decision.winner()))).toList(),
				decision.tied(), decision.ruleVersion(), by, at);
	}

	/** A scored partner; {@code partnerId} and {@code partnerName} are null for other partners in a partner's copy. */
	public record Candidate(UUID partnerId, String partnerName, double score, Map<String, Double> components,
			boolean winner) {
	}
}
