package org.openprm.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A partner's proposal of a marketing activity. The amount is in the partner's currency (the fund's when
 * none); costShare is the percentage of the cost the fund pays (50 for 50/50). partnerId only when vendor
 * staff submit on a partner's behalf.
 */
public record FundRequestDraft(UUID fundId, UUID partnerId, String activityType, String theme, String title,
		String description, LocalDate startsOn, LocalDate endsOn, BigDecimal requestedAmount, String currency,
		Integer costSharePercent, Integer expectedLeads, BigDecimal expectedPipeline, String campaignCode) {
}
