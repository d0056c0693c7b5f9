package org.openprm.partners;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A partner organisation as shown to a caller who may read it.
 */
public record PartnerView(UUID id, String name, String legalName, PartnerType type, PartnerStatus status,
		UUID parentId, String parentName, String country, List<String> domains, List<String> tags,
		List<Address> addresses, Map<String, String> attributes, Instant createdAt, Instant updatedAt, long version) {
}
