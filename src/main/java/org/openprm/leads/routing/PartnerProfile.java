package org.openprm.leads.routing;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What routing knows of one partner: a snapshot, refreshed on partner and programme changes.
 *
 * @param capabilities lower-case partner tags: a lead's product interests are matched against them
 * @param tierRanks the tier rank the partner holds in each programme it belongs to
 * @param leadPriorityWeight the highest lead priority weight among its tiers' benefits
 * @param capacity the most open leads it takes at once
 */
public record PartnerProfile(UUID id, String name, boolean active, Territory territory, Set<String> capabilities,
		Map<UUID, Integer> tierRanks, int leadPriorityWeight, List<Location> locations, int capacity,
		Performance performance) {

	public double kmTo(Location point) {
		double nearest = Double.MAX_VALUE;
		for (Location location : locations) {
			nearest = Math.min(nearest, location.kmTo(point));
		}
		return nearest;
	}
}
