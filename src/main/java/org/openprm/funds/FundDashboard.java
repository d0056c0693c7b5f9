package org.openprm.funds;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The vendor's view of the funds: utilisation per fund and per partner, funds at risk of expiry,
 * approvals waiting with their age, and how long claims take from submission to payment.
 */
public record FundDashboard(List<Utilisation> funds, List<PartnerUse> partners, List<FundBalance> atRisk,
		List<Waiting> waiting, BigDecimal averageDaysToPayment) {

	/** How much of a fund is used (reserved, claimed or paid), in percent of what was allocated. */
	public record Utilisation(UUID fundId, String name, String currency, BigDecimal allocated, BigDecimal used,
			int percent) {
	}

	/** What one partner used across funds, per currency. */
	public record PartnerUse(UUID partnerId, String partnerName, String currency, BigDecimal used, BigDecimal paid) {
	}

	/** A request or claim waiting for the vendor, and for how many days. */
	public record Waiting(String kind, UUID requestId, String title, UUID partnerId, String partnerName, long ageDays) {
	}
}
