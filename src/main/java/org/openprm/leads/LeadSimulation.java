package org.openprm.leads;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openprm.identity.Visibility;
import org.openprm.leads.domain.Lead;
import org.openprm.leads.domain.LeadRepository;
import org.openprm.leads.routing.PartnerLoads;
import org.openprm.leads.routing.RoutingDecision;
import org.openprm.leads.routing.RoutingEngine;
import org.openprm.leads.routing.RoutingRules;
import org.openprm.leads.routing.RoutingSnapshot;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the routing rules over a set of leads without assigning anything (vendor staff): the leads in
 * the given statuses, oldest first, each routed against a copy of the partners' loads that the earlier
 * leads of the run have already raised. Answers the resulting distribution per partner.
 */
@Service
@Transactional(readOnly = true)
public class LeadSimulation {

	/** How many leads went to a partner in the simulation. */
	public record SimulatedShare(UUID partnerId, String partnerName, int leads) {
	}

	public record SimulatedDistribution(int leads, int unrouted, List<SimulatedShare> distribution, String ruleVersion) {
	}

	private final LeadRepository leads;

	private final LeadRouter router;

	private final Visibility visibility;

	LeadSimulation(LeadRepository leads, LeadRouter router, Visibility visibility) {
		this.leads = leads;
		this.router = router;
		this.visibility = visibility;
	}

	public SimulatedDistribution simulate(List<LeadStatus> statuses, int limit) {
		if (!visibility.scope().vendor()) {
			throw visibility.refuse(LeadRecords.TYPE, "simulation", "simulate");
		}
		List<LeadStatus> chosen = statuses == null || statuses.isEmpty()
				? List.of(LeadStatus.QUEUED, LeadStatus.WAITING, LeadStatus.OFFERED) : statuses;
		RoutingSnapshot real = router.snapshot();
		PartnerLoads loads = real.loads().copy();
		RoutingSnapshot snapshot = real.withLoads(loads);
		RoutingEngine engine = new RoutingEngine();
		RoutingRules rules = router.rules();
		Map<UUID, Integer> counts = new LinkedHashMap<>();
		int unrouted = 0;
		List<Lead> batch = leads.findByStatusInOrderByCreatedAtAsc(chosen, Limit.of(Math.max(1, Math.min(limit, 10000))));
		for (Lead lead : batch) {
			RoutingDecision decision = engine.route(router.facts(lead), snapshot, rules);
			if (decision.routed()) {
				counts.merge(decision.winner(), 1, Integer::sum);
				loads.assigned(decision.winner());
			}
			else {
				unrouted++;
			}
		}
		List<SimulatedShare> shares = new ArrayList<>();
		counts.entrySet().stream().sorted(Map.Entry.<UUID, Integer>comparingByValue().reversed())
			.forEach(e -> shares.add(new SimulatedShare(e.getKey(), real.byId().get(e.getKey()).name(), e.getValue())));
		return new SimulatedDistribution(batch.size(), unrouted, shares, rules.version());
	}
}
