package org.openprm.funds.domain;

import java.util.UUID;

import org.openprm.funds.FundView;
import org.openprm.partners.PartnerManagement;
import org.openprm.programs.MembershipView;
import org.openprm.programs.ProgramManagement;
import org.openprm.programs.SegmentManagement;
import org.springframework.stereotype.Component;

/** Whether a partner may draw on a fund: it is the fund's partner, a member of its programme or tier, in its segment or in a country of its region, or the fund is a shared pool. */
@Component
public class FundEligibility {

	private final ProgramManagement programs;

	private final SegmentManagement segments;

	private final PartnerManagement partners;

	FundEligibility(ProgramManagement programs, SegmentManagement segments, PartnerManagement partners) {
		this.programs = programs;
		this.partners = partners;
		this.segments = segments;
	}

	public boolean eligible(FundView fund, UUID partnerId) {
		if (partnerId == null) {
			return false;
		}
		return switch (fund.target()) {
			case PARTNER -> partnerId.equals(fund.partnerId());
			case PROGRAM -> programs.memberships(partnerId).stream().map(MembershipView::programId).anyMatch(fund.programId()::equals);
			case TIER -> programs.memberships(partnerId).stream().map(MembershipView::tierId).anyMatch(fund.tierId()::equals);
			case SEGMENT -> segments.contains(fund.segmentId(), partnerId);
			case REGION -> partners.countryOf(partnerId).filter(fund.region()::contains).isPresent();
			case POOL -> true;
		};
	}
}
