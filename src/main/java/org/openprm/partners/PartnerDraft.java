package org.openprm.partners;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything vendor staff set on a partner when creating or editing it.
 */
public record PartnerDraft(String name, String legalName, PartnerType type, UUID parentId, String country,
		List<String> domains, List<String> tags, List<Address> addresses, Map<String, String> attributes) {
}
