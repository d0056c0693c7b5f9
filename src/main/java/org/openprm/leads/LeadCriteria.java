package org.openprm.leads;

import java.util.UUID;

/**
 * Lead list filters; every field is optional.
 */
public record LeadCriteria(String q, LeadStatus status, UUID partnerId) {

	public static LeadCriteria none() {
		return new LeadCriteria(null, null, null);
	}
}
