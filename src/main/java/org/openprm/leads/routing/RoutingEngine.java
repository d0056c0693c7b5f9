package org.openprm.leads.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Chooses the partner for a lead: a pinned named-account partner if it may take the lead, else the best
 * scored partner that passes every hard filter; equal best scores go by weighted round robin. Holds
 * only the round-robin state, so one engine serves all leads.
 */
public final class RoutingEngine {

	/** Scores closer than this are a tie. */
	static final double TIE = 1e-9;

	private static final int SHOWN = 5;

	private final WeightedRoundRobin roundRobin = new WeightedRoundRobin();

	public RoutingDecision route(LeadFacts lead, RoutingSnapshot snapshot, RoutingRules rules) {
		Map<String, Integer> filtered = new LinkedHashMap<>();
		for (RoutingFilter filter : RoutingFilter.values()) {
			filtered.put(filter.key(), 0);
		}
		List<PartnerProfile> passed = new ArrayList<>();
		List<PartnerProfile> local = snapshot.coveringCountry(lead.country());
		int inactiveLocal = 0;
		for (PartnerProfile partner : local) {
			RoutingFilter failed = firstFailed(partner, lead, rules, snapshot.loads());
			if (failed == null) {
				passed.add(partner);
			}
			else {
				filtered.merge(failed.key(), 1, Integer::sum);
				inactiveLocal += failed == RoutingFilter.ACTIVE ? 1 : 0;
			}
		}
		// Everyone else fails on the first two filters without being looked at: inactive, or not covering the country.
		int elsewhere = snapshot.partners().size() - local.size();
		int inactiveElsewhere = snapshot.inactive() - inactiveLocal;
		filtered.merge(RoutingFilter.ACTIVE.key(), inactiveElsewhere, Integer::sum);
		filtered.merge(RoutingFilter.TERRITORY.key(), elsewhere - inactiveElsewhere, Integer::sum);
		int considered = snapshot.partners().size();
		PartnerProfile pinned = lead.pinnedPartnerId() == null ? null : snapshot.byId().get(lead.pinnedPartnerId());
		if (pinned != null && pinned.active() && !lead.excluded().contains(pinned.id())
				&& snapshot.loads().open(pinned.id()) < pinned.capacity()) {
			ScoredCandidate only = new Scoring(lead, snapshot, rules, passed).candidate(pinned);
			return new RoutingDecision(pinned.id(), "PINNED", considered, filtered, List.of(only), 1, rules.version());
		}
		if (passed.isEmpty()) {
			return new RoutingDecision(null, "RULES", considered, filtered, List.of(), 0, rules.version());
		}
		return scored(lead, snapshot, rules, passed, considered, filtered);
	}

	private RoutingDecision scored(LeadFacts lead, RoutingSnapshot snapshot, RoutingRules rules,
			List<PartnerProfile> passed, int considered, Map<String, Integer> filtered) {
		Scoring scoring = new Scoring(lead, snapshot, rules, passed);
		double[] scores = new double[passed.size()];
		double best = -Double.MAX_VALUE;
		for (int i = 0; i < scores.length; i++) {
			scores[i] = scoring.total(passed.get(i));
			best = Math.max(best, scores[i]);
		}
		List<UUID> tied = new ArrayList<>();
		for (int i = 0; i < scores.length; i++) {
			if (scores[i] >= best - TIE) {
				tied.add(passed.get(i).id());
			}
		}
		UUID winner = tied.size() == 1 ? tied.get(0)
				: roundRobin.pick(tied, id -> 1 + snapshot.byId().get(id).leadPriorityWeight());
		List<ScoredCandidate> shown = new ArrayList<>();
		shown.add(scoring.candidate(snapshot.byId().get(winner)));
		for (int index : topIndexes(scores, SHOWN)) {
			if (!passed.get(index).id().equals(winner) && shown.size() < SHOWN) {
				shown.add(scoring.candidate(passed.get(index)));
			}
		}
		return new RoutingDecision(winner, "RULES", considered, filtered, shown, tied.size(), rules.version());
	}

	private static RoutingFilter firstFailed(PartnerProfile partner, LeadFacts lead, RoutingRules rules,
			PartnerLoads loads) {
		for (RoutingFilter filter : RoutingFilter.values()) {
			if (!filter.passes(partner, lead, rules, loads)) {
				return filter;
			}
		}
		return null;
	}

	/** The indexes of the highest scores, best first, without sorting everything. */
	private static List<Integer> topIndexes(double[] scores, int n) {
		List<Integer> top = new ArrayList<>(n + 1);
		for (int i = 0; i < scores.length; i++) {
			if (top.size() < n || scores[i] > scores[top.get(top.size() - 1)]) {
				top.add(i);
				top.sort(Comparator.comparingDouble((Integer index) -> scores[index]).reversed());
				if (top.size() > n) {
					top.remove(top.size() - 1);
				}
			}
		}
		return top;
	}
}
