package org.openprm.deals.matching;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The normalised profiles of recently read customer descriptions, so that the records a check scores
 * are not normalised again on every check (normalising is most of a check's work). Keyed by the
 * description itself: the same text always gives the same profile, so an entry is never stale, on any
 * node, whatever changed in the database. Bounded; the least recently used entries go first.
 */
public final class ProfileCache {

	private final Map<CustomerDescription, CustomerProfile> profiles;

	public ProfileCache(int capacity) {
		this.profiles = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<CustomerDescription, CustomerProfile> eldest) {
				return size() > capacity;
			}
		};
	}

	public CustomerProfile of(CustomerDescription customer) {
		synchronized (profiles) {
			CustomerProfile cached = profiles.get(customer);
			if (cached != null) {
				return cached;
			}
		}
		// Computed outside the lock: two threads may both compute the same profile, which is harmless.
		CustomerProfile profile = CustomerProfile.of(customer);
		synchronized (profiles) {
			profiles.put(customer, profile);
		}
		return profile;
	}
}
