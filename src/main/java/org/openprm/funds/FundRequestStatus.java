package org.openprm.funds;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a fund request stands. Large requests need a second approver; a returned request goes back to
 * the partner for changes. Only an approved request holds a reservation and takes claims.
 */
public enum FundRequestStatus {

	SUBMITTED, AWAITING_SECOND_APPROVAL, RETURNED, APPROVED, REJECTED, CLOSED;

	public Set<FundRequestStatus> next() {
		return switch (this) {
			case SUBMITTED -> EnumSet.of(AWAITING_SECOND_APPROVAL, APPROVED, RETURNED, REJECTED);
			case AWAITING_SECOND_APPROVAL -> EnumSet.of(APPROVED, RETURNED, REJECTED);
			case RETURNED -> EnumSet.of(SUBMITTED);
			case APPROVED -> EnumSet.of(CLOSED);
			case REJECTED, CLOSED -> EnumSet.noneOf(FundRequestStatus.class);
		};
	}

	public boolean canBecome(FundRequestStatus target) {
		return next().contains(target);
	}

	/** Waiting for the vendor's decision. */
	public boolean undecided() {
		return this == SUBMITTED || this == AWAITING_SECOND_APPROVAL;
	}
}
