package org.openprm.recruitment;

import java.util.UUID;

/**
 * Review queue filters; every field is optional.
 *
 * @param queue a named queue, or null
 * @param overdueOnly only open applications past their review deadline
 */
public record ApplicationCriteria(ApplicationStatus status, UUID assigneeId, String queue, boolean overdueOnly) {

	public static ApplicationCriteria none() {
		return new ApplicationCriteria(null, null, null, false);
	}
}
