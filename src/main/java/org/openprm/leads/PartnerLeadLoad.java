package org.openprm.leads;

import java.util.UUID;

/**
 * One partner's open leads against its capacity, for vendor staff's overview of who can take more leads.
 */
public record PartnerLeadLoad(UUID partnerId, String partnerName, int capacity, int openLeads, boolean overloaded) {

	/** How full the partner is, in per cent of its capacity (a capacity of 0 counts as full). */
	public int percentUsed() {
		return capacity == 0 ? 100 : (int) Math.min(999, Math.round(100.0 * openLeads / capacity));
	}
}
