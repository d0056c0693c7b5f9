package org.openprm.deals.web;

import org.openprm.deals.DealStatus;
import org.openprm.deals.DealView;
import org.openprm.identity.Actor;
import org.openprm.identity.VisibilityScope;

/**
 * Which actions a deal page offers the caller in the deal's status. Only offers: the facades decide,
 * and refuse what is not allowed whatever the page showed. Decisions are vendor staff's alone.
 */
record DealActions(boolean submit, boolean review, boolean requestInfo, boolean respond, boolean approve,
		boolean reject, boolean win, boolean lose, boolean withdraw, boolean requestExtension,
		boolean decideExtension, boolean update, boolean comment) {

	static DealActions of(DealView deal, Actor actor, VisibilityScope scope) {
		boolean vendor = actor.isVendor();
		boolean writable = scope.canWrite(deal.partnerId()) || scope.canWrite(deal.distributorId());
		DealStatus status = deal.status();
		boolean partner = writable && !vendor;
		return new DealActions(writable && status == DealStatus.DRAFT,
				vendor && status == DealStatus.SUBMITTED,
				vendor && status.awaitsDecision(),
				partner && status == DealStatus.MORE_INFO_REQUESTED,
				vendor && status.awaitsDecision(),
				vendor && status.canBecome(DealStatus.REJECTED),
				writable && status.canBecome(DealStatus.WON),
				writable && status.canBecome(DealStatus.LOST),
				writable && status.canBecome(DealStatus.WITHDRAWN),
				partner && status == DealStatus.APPROVED && deal.extensionRequest() == null,
				vendor && status == DealStatus.APPROVED && deal.extensionRequest() != null,
				writable && !status.isFinal(),
				writable);
	}

	public boolean decides() {
		return review || requestInfo || approve || reject || decideExtension;
	}
}
