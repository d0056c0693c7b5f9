package org.openprm.leads;

import java.util.UUID;

/**
 * How many open leads a partner takes at once, the most its own admin may set, how many it holds now,
 * and whether it is overloaded (at or above capacity: routing skips it).
 */
public record LeadCapacityView(UUID partnerId, int capacity, int maximum, int openLeads, boolean overloaded) {

	static LeadCapacityView of(UUID partnerId, int capacity, int maximum, int open) {
		return new LeadCapacityView(partnerId, capacity, maximum, open, open >= capacity);
	}
}
