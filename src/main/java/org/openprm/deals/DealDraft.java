package org.openprm.deals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What is entered when registering a deal. {@code partnerId} names the partner registered for when a
 * distributor or vendor staff registers on someone's behalf (null: the caller's own organisation);
 * {@code distributorId} is the distributor a reseller works through. {@code amount} may be null, then
 * it is the sum of the lines.
 */
public record DealDraft(UUID partnerId, UUID distributorId, EndCustomer customer, List<ProductLine> lines,
		BigDecimal amount, String currency, LocalDate expectedCloseDate, DealStage stage, String description,
		boolean submit) {
}
