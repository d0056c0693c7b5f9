package org.openprm.recruitment;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application stands, with its allowed transitions. Approved and rejected are final.
 */
public enum ApplicationStatus {

	IN_REVIEW, INFO_REQUESTED, APPROVED, REJECTED;

	public Set<ApplicationStatus> next() {
		return switch (this) {
			case IN_REVIEW -> EnumSet.of(INFO_REQUESTED, APPROVED, REJECTED);
			case INFO_REQUESTED -> EnumSet.of(IN_REVIEW, REJECTED);
			case APPROVED, REJECTED -> EnumSet.noneOf(ApplicationStatus.class);
		};
	}

	public boolean canBecome(ApplicationStatus target) {
		return next().contains(target);
	}

	/** Still waiting for someone: the reviewer or the applicant. */
	public boolean isOpen() {
		return this == IN_REVIEW || this == INFO_REQUESTED;
	}
}
