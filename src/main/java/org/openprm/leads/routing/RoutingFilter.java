package org.openprm.leads.routing;

import java.util.Locale;

/**
 * The hard filters in the order they run; the explanation counts how many partners each removed.
 */
public enum RoutingFilter {

	ACTIVE, TERRITORY, CAPABILITY, PROGRAM, TIER, SEGMENT, PREVIOUSLY_DECLINED_OR_RECALLED, CAPACITY;

	boolean passes(PartnerProfile p, LeadFacts lead, RoutingRules rules, PartnerLoads loads) {
		return switch (this) {
			case ACTIVE -> p.active();
			case TERRITORY -> p.territory().covers(lead.country(), lead.region(), lead.postalCode());
			case CAPABILITY -> capable(p, lead);
			case PROGRAM -> program(lead, rules) == null || p.tierRanks().containsKey(program(lead, rules));
			case TIER -> rules.minimumTierRank() <= 0 || program(lead, rules) == null
					|| p.tierRanks().getOrDefault(program(lead, rules), 0) >= rules.minimumTierRank();
			case SEGMENT -> rules.segmentMembers() == null || rules.segmentMembers().contains(p.id());
			case PREVIOUSLY_DECLINED_OR_RECALLED -> !lead.excluded().contains(p.id());
			case CAPACITY -> loads.open(p.id()) < p.capacity();
		};
	}

	/** A lead without product interest suits everyone; otherwise one matching capability (tag) is enough. */
	private static boolean capable(PartnerProfile p, LeadFacts lead) {
		if (lead.productInterest() == null || lead.productInterest().isEmpty()) {
			return true;
		}
		for (String interest : lead.productInterest()) {
			if (p.capabilities().contains(interest.toLowerCase(Locale.ROOT))) {
				return true;
			}
		}
		return false;
	}

	private static java.util.UUID program(LeadFacts lead, RoutingRules rules) {
		return lead.programId() != null ? lead.programId() : rules.programId();
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}
}
