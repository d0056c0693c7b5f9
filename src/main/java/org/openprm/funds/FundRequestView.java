package org.openprm.funds;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A fund request with its decision. approvedAmount is in the request's currency, reservedAmount in the
 * fund's, converted at fxRate on the approval date. nextStep says who acts next.
 */
public record FundRequestView(UUID id, UUID fundId, String fundName, UUID partnerId, String activityType, String theme,
		String title, String description, LocalDate startsOn, LocalDate endsOn, BigDecimal requestedAmount,
		String currency, int costSharePercent, Integer expectedLeads, BigDecimal expectedPipeline, String campaignCode,
		FundRequestStatus status, BigDecimal approvedAmount, BigDecimal reservedAmount, String fundCurrency,
		BigDecimal fxRate, String firstApprover, String decisionReason, LocalDate claimDeadline, Instant submittedAt,
		Instant decidedAt, String nextStep) {
}
