package org.openprm.deals;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a deal registration stands. Transitions are explicit; anything else is refused with 409.
 */
public enum DealStatus {

	DRAFT, SUBMITTED, IN_REVIEW, MORE_INFO_REQUESTED, APPROVED, REJECTED, WON, LOST, EXPIRED, WITHDRAWN;

	public Set<DealStatus> next() {
		return switch (this) {
			case DRAFT -> EnumSet.of(SUBMITTED, WITHDRAWN);
			case SUBMITTED -> EnumSet.of(IN_REVIEW, MORE_INFO_REQUESTED, APPROVED, REJECTED, WITHDRAWN);
			case IN_REVIEW -> EnumSet.of(MORE_INFO_REQUESTED, APPROVED, REJECTED, WITHDRAWN);
			case MORE_INFO_REQUESTED -> EnumSet.of(SUBMITTED, REJECTED, WITHDRAWN);
			case APPROVED -> EnumSet.of(WON, LOST, EXPIRED, WITHDRAWN);
			case REJECTED, WON, LOST, EXPIRED, WITHDRAWN -> EnumSet.noneOf(DealStatus.class);
		};
	}

	public boolean canBecome(DealStatus target) {
		return next().contains(target);
	}

	/** Waiting for the vendor's decision: the approval deadline runs. */
	public boolean awaitsDecision() {
		return this == SUBMITTED || this == IN_REVIEW;
	}

	/** The registration still claims its customer; final states release the claim. */
	public boolean holdsCustomer() {
		return this == SUBMITTED || this == IN_REVIEW || this == MORE_INFO_REQUESTED || this == APPROVED;
	}

	public boolean isFinal() {
		return next().isEmpty();
	}
}
