package org.openprm.leads.routing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The score of one partner for one lead: weighted components, each in [0,1]. Fairness compares a
 * partner's recent assignments with the others still in the running.
 */
final class Scoring {

	/** Distance at which the distance component halves. */
	private static final double HALF_KM = 200;

	private final LeadFacts lead;

	private final RoutingSnapshot snapshot;

	private final RoutingWeights weights;

	private final int minRecent;

	private final int maxRecent;

	Scoring(LeadFacts lead, RoutingSnapshot snapshot, RoutingRules rules, List<PartnerProfile> running) {
		this.lead = lead;
		this.snapshot = snapshot;
		this.weights = rules.weights();
		int min = Integer.MAX_VALUE;
		int max = 0;
		for (PartnerProfile p : running) {
			int recent = snapshot.loads().recent(p.id());
			min = Math.min(min, recent);
			max = Math.max(max, recent);
		}
		this.minRecent = running.isEmpty() ? 0 : min;
		this.maxRecent = max;
	}

	double total(PartnerProfile p) {
		return weights.distance() * distance(p) + weights.performance() * p.performance().score()
				+ tierWeight() * tier(p) + weights.load() * load(p) + weights.fairness() * fairness(p);
	}

	ScoredCandidate candidate(PartnerProfile p) {
		Map<String, Double> components = new LinkedHashMap<>();
		components.put("distance", round(weights.distance() * distance(p)));
		components.put("performance", round(weights.performance() * p.performance().score()));
		components.put("tier", round(tierWeight() * tier(p)));
		components.put("load", round(weights.load() * load(p)));
		components.put("fairness", round(weights.fairness() * fairness(p)));
		if (lead.location() != null && !p.locations().isEmpty()) {
			components.put("distanceKm", (double) Math.round(p.kmTo(lead.location())));
		}
		return new ScoredCandidate(p.id(), p.name(), round(total(p)), components);
	}

	/** High-value leads go preferentially to higher tiers: the tier component counts double. */
	private double tierWeight() {
		return lead.highValue() ? weights.tier() * 2 : weights.tier();
	}

	private double distance(PartnerProfile p) {
		if (lead.location() == null || p.locations().isEmpty()) {
			return 0.5;
		}
		return 1 / (1 + p.kmTo(lead.location()) / HALF_KM);
	}

	private double tier(PartnerProfile p) {
		return snapshot.maxPriorityWeight() <= 0 ? 0 : (double) p.leadPriorityWeight() / snapshot.maxPriorityWeight();
	}

	private double load(PartnerProfile p) {
		return p.capacity() <= 0 ? 0 : Math.max(0, 1 - (double) snapshot.loads().open(p.id()) / p.capacity());
	}

	private double fairness(PartnerProfile p) {
		return 1 - (double) (snapshot.loads().recent(p.id()) - minRecent) / (maxRecent - minRecent + 1);
	}

	private static double round(double value) {
		return Math.round(value * 10000) / 10000.0;
	}
}
