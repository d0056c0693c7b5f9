package org.openprm.recruitment;

import java.util.UUID;

import org.openprm.partners.PartnerType;

/**
 * A routing rule as vendor admins write it: empty criteria match every application; the target is a
 * channel manager ({@code assigneeId}) or a named queue, exactly one of them.
 */
public record RoutingRuleDraft(String name, int priority, String country, String region, PartnerType partnerType,
		UUID programmeId, UUID assigneeId, String queue) {
}
