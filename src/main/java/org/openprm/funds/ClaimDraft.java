package org.openprm.funds;

import java.math.BigDecimal;
import java.util.List;

/**
 * A claim for the actual costs of an approved activity, in the request's currency, with its results:
 * leads generated, the campaign code they came in under, and the ids of lead records where they exist
 * (kept as ids: funds does not depend on the leads module).
 */
public record ClaimDraft(BigDecimal amount, String invoiceNumber, Integer leadsGenerated, String campaignCode,
		List<String> leadIds) {
}
