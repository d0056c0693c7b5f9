package org.openprm.leads.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * All partners as routing sees them at one moment, plus their changing loads. Partners are also indexed
 * by the countries of their territories, so that routing a lead looks only at those that may cover it.
 */
public record RoutingSnapshot(List<PartnerProfile> partners, Map<UUID, PartnerProfile> byId, int maxPriorityWeight,
		PartnerLoads loads, Instant builtAt, Map<String, List<PartnerProfile>> byCountry, int inactive) {

	public static RoutingSnapshot of(List<PartnerProfile> partners, PartnerLoads loads, Instant builtAt) {
		int max = partners.stream().mapToInt(PartnerProfile::leadPriorityWeight).max().orElse(0);
		Map<String, List<PartnerProfile>> byCountry = new HashMap<>();
		for (PartnerProfile partner : partners) {
			Set<String> countries = new LinkedHashSet<>();
			partner.territory().entries().forEach(e -> countries.add(e.country().toUpperCase(Locale.ROOT)));
			countries.forEach(c -> byCountry.computeIfAbsent(c, k -> new ArrayList<>()).add(partner));
		}
		return new RoutingSnapshot(List.copyOf(partners),
				partners.stream().collect(Collectors.toUnmodifiableMap(PartnerProfile::id, Function.identity())), max,
				loads, builtAt, Map.copyOf(byCountry), (int) partners.stream().filter(p -> !p.active()).count());
	}

	/** The same partners with other loads (simulations). */
	public RoutingSnapshot withLoads(PartnerLoads other) {
		return new RoutingSnapshot(partners, byId, maxPriorityWeight, other, builtAt, byCountry, inactive);
	}

	/** Partners whose territory names the country (they may still exclude the lead's region or postal code). */
	List<PartnerProfile> coveringCountry(String country) {
		return country == null ? List.of() : byCountry.getOrDefault(country.toUpperCase(Locale.ROOT), List.of());
	}
}
