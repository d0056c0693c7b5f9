package org.openprm.funds;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openprm.funds.domain.FundClaim;
import org.openprm.funds.domain.FundRepository;
import org.openprm.funds.domain.FundRequest;
import org.openprm.funds.domain.ProofStore;
import org.springframework.stereotype.Component;

/** Turns requests and claims into views, with the fund's name and the next step a reader should expect. */
@Component
class FundViews {

	private final FundRepository funds;

	private final ProofStore proofs;

	FundViews(FundRepository funds, ProofStore proofs) {
		this.funds = funds;
		this.proofs = proofs;
	}

	FundRequestView request(FundRequest r) {
		return request(r, funds.findById(r.fundId()).map(f -> f.view()).orElseThrow());
	}

	List<FundRequestView> requests(List<FundRequest> requests) {
		Map<UUID, FundView> byId = new HashMap<>();
		funds.findAllById(requests.stream().map(FundRequest::fundId).distinct().toList())
			.forEach(f -> byId.put(f.id(), f.view()));
		return requests.stream().map(r -> request(r, byId.get(r.fundId()))).toList();
	}

	private static FundRequestView request(FundRequest r, FundView fund) {
		return new FundRequestView(r.id(), r.fundId(), fund.name(), r.partnerId(), r.activityType(), r.theme(), r.title(),
				r.description(), r.startsOn(), r.endsOn(), r.requestedAmount(), r.currency(), r.costSharePercent(),
				r.expectedLeads(), r.expectedPipeline(), r.campaignCode(), r.status(), r.approvedAmount(),
				r.reservedAmount(), fund.currency(), r.fxRate(), r.firstApprover(), r.decisionReason(), r.claimDeadline(),
				r.submittedAt(), r.decidedAt(), nextStep(r.status()));
	}

	/** A message key under {@code funds.next.}: who acts next. */
	static String nextStep(FundRequestStatus status) {
		return switch (status) {
			case SUBMITTED -> "review";
			case AWAITING_SECOND_APPROVAL -> "secondApproval";
			case RETURNED -> "change";
			case APPROVED -> "claim";
			case REJECTED, CLOSED -> "none";
		};
	}

	static String nextStep(ClaimStatus status) {
		return switch (status) {
			case SUBMITTED -> "claimReview";
			case RETURNED -> "correct";
			case APPROVED -> "payment";
			case DENIED, PAID -> "none";
		};
	}

	ClaimView claim(FundClaim c) {
		return new ClaimView(c.id(), c.requestId(), c.fundId(), c.partnerId(), c.amount(), c.currency(), c.invoiceNumber(),
				c.leadsGenerated(), c.campaignCode(), c.leadIds(), c.status(), c.approvedAmount(), c.fundAmount(),
				c.fxRate(), c.decisionReason(), c.submittedAt(), c.decidedAt(), c.paidAt(), c.paymentReference(),
				proofs.of(c.id()), nextStep(c.status()));
	}
}
