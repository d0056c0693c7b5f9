package org.openprm.funds;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A claim with its proof files. amount and approvedAmount are in the request's currency; fundAmount is
 * what the approval booked in the fund's currency, at fxRate.
 */
public record ClaimView(UUID id, UUID requestId, UUID fundId, UUID partnerId, BigDecimal amount, String currency,
		String invoiceNumber, Integer leadsGenerated, String campaignCode, List<String> leadIds, ClaimStatus status,
		BigDecimal approvedAmount, BigDecimal fundAmount, BigDecimal fxRate, String decisionReason,
		Instant submittedAt, Instant decidedAt, Instant paidAt, String paymentReference, List<ProofFile> files,
		String nextStep) {
}
