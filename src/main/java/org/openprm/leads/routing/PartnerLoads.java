package org.openprm.leads.routing;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The changing part of routing's knowledge: each partner's open leads and recent assignments. Kept
 * in memory beside the snapshot and corrected from the database whenever the snapshot is rebuilt.
 */
public final class PartnerLoads {

	private final Map<UUID, int[]> counts = new ConcurrentHashMap<>();

	/** Sets a partner's counts: {open leads, assignments in the fairness window}. */
	public void set(UUID partnerId, int open, int recent) {
		counts.put(partnerId, new int[] { open, recent });
	}

	public int open(UUID partnerId) {
		int[] c = counts.get(partnerId);
		return c == null ? 0 : c[0];
	}

	public int recent(UUID partnerId) {
		int[] c = counts.get(partnerId);
		return c == null ? 0 : c[1];
	}

	/** A lead was offered to the partner. */
	public void assigned(UUID partnerId) {
		counts.compute(partnerId, (id, c) -> c == null ? new int[] { 1, 1 } : new int[] { c[0] + 1, c[1] + 1 });
	}

	/** One of the partner's leads left its hands (declined, recalled, closed). */
	public void released(UUID partnerId) {
		counts.computeIfPresent(partnerId, (id, c) -> new int[] { Math.max(0, c[0] - 1), c[1] });
	}

	/** An independent copy, for simulations that must not change the real loads. */
	public PartnerLoads copy() {
		PartnerLoads copy = new PartnerLoads();
		counts.forEach((id, c) -> copy.counts.put(id, c.clone()));
		return copy;
	}
}
