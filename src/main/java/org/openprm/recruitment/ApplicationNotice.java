package org.openprm.recruitment;

import java.util.UUID;

/**
 * Someone must hear about an application, once the change committed: the applicant (confirmation,
 * rejection, a question with its answer link) or vendor staff (assignment, reminder, escalation).
 *
 * @param secret for {@link Kind#INFO_REQUESTED}: the one-time answer secret, which only the mail carries
 */
public record ApplicationNotice(UUID applicationId, Kind kind, String secret) {

	public enum Kind {
		RECEIVED, ASSIGNED, INFO_REQUESTED, ANSWERED, REJECTED, REVIEW_REMINDER, REVIEW_ESCALATION
	}
}
