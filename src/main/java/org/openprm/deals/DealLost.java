package org.openprm.deals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The deal was lost, with the reason given.
 */
public record DealLost(UUID registrationId, UUID partnerId, UUID distributorId, List<PartnerCredit> credits,
		String customerName, BigDecimal amount, String currency, String reason, Instant lostAt) {
}
