package org.openprm.leads.routing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Smooth weighted round robin among tied partners: over many ties each partner wins in proportion to
 * its weight, and wins are interleaved rather than bunched.
 */
public final class WeightedRoundRobin {

	private final Map<UUID, Long> current = new HashMap<>();

	public synchronized UUID pick(List<UUID> tied, java.util.function.ToIntFunction<UUID> weight) {
		long total = 0;
		UUID best = null;
		long bestValue = Long.MIN_VALUE;
		for (UUID id : tied) {
			int w = Math.max(1, weight.applyAsInt(id));
			total += w;
			long value = current.merge(id, (long) w, Long::sum);
			if (value > bestValue) {
				bestValue = value;
				best = id;
			}
		}
		current.merge(best, -total, Long::sum);
		return best;
	}
}
