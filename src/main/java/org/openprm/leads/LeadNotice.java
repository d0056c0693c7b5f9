package org.openprm.leads;

import java.util.UUID;

/**
 * Something a partner's people should hear about one of its leads.
 */
record LeadNotice(UUID leadId, UUID partnerId, Kind kind) {

	enum Kind {
		OFFERED, ACCEPT_REMINDER, NUDGE, RECALLED
	}
}
