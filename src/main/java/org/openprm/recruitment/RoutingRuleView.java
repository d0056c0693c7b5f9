package org.openprm.recruitment;

import java.util.UUID;

import org.openprm.partners.PartnerType;

/**
 * A routing rule with the name of its assignee, if it assigns to a person.
 */
public record RoutingRuleView(UUID id, String name, int priority, String country, String region,
		PartnerType partnerType, UUID programmeId, UUID assigneeId, String assigneeName, String queue, long version) {
}
