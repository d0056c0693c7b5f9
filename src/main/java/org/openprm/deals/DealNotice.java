package org.openprm.deals;

import java.util.UUID;

/**
 * Something the other side of a deal should hear about by e-mail; handled after commit by the
 * module's mailer. Internal to the deals module.
 *
 * @param detail the question, reason or acting side, depending on the kind
 */
record DealNotice(UUID registrationId, Kind kind, String detail) {

	enum Kind {
		INFORMATION_REQUESTED, APPROVED, REJECTED, WON, LOST, EXPIRED, UPDATED_BY_VENDOR,
		UPDATED_BY_PARTNER, COMMENTED, EXTENSION_REQUESTED, EXTENSION_APPROVED, REVIEW_REMINDER, REVIEW_ESCALATION,
		EXPIRY_REMINDER
	}
}
