package org.openprm.leads.routing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * All partners as routing sees them at one moment, plus their changing loads.
 */
public record RoutingSnapshot(List<PartnerProfile> partners, Map<UUID, PartnerProfile> byId, int maxPriorityWeight,
		PartnerLoads loads, Instant builtAt) {

	public static RoutingSnapshot of(List<PartnerProfile> partners, PartnerLoads loads, Instant builtAt) {
		int max = partners.stream().mapToInt(PartnerProfile::leadPriorityWeight).max().orElse(0);
		return new RoutingSnapshot(List.copyOf(partners),
				partners.stream().collect(Collectors.toUnmodifiableMap(PartnerProfile::id, Function.identity())), max,
				loads, builtAt);
	}
}
