package org.openprm.funds;

import java.util.EnumSet;
import java.util.Set;

/** Where a claim stands: reviewed, returned for correction, denied, approved, paid. */
public enum ClaimStatus {

	SUBMITTED, RETURNED, APPROVED, DENIED, PAID;

	public Set<ClaimStatus> next() {
		return switch (this) {
			case SUBMITTED -> EnumSet.of(APPROVED, RETURNED, DENIED);
			case RETURNED -> EnumSet.of(SUBMITTED);
			case APPROVED -> EnumSet.of(PAID);
			case DENIED, PAID -> EnumSet.noneOf(ClaimStatus.class);
		};
	}

	public boolean canBecome(ClaimStatus target) {
		return next().contains(target);
	}

	/** Counts against the request's approved amount (a denied claim does not). */
	public boolean counts() {
		return this != DENIED;
	}
}
