package org.openprm.deals;

import java.time.Instant;
import java.util.UUID;

/**
 * One of the vendor's own customer records, as vendor staff see it.
 */
public record AccountView(UUID id, AccountKind kind, String externalId, String name, String domain, String country,
		String city, String postalCode, String street, String phone, Instant updatedAt) {
}
