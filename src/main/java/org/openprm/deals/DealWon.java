package org.openprm.deals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The deal was won: incentives pay every credited partner by its role.
 */
public record DealWon(UUID registrationId, UUID partnerId, UUID distributorId, List<PartnerCredit> credits,
		String customerName, String customerCountry, BigDecimal amount, String currency, Instant approvedAt,
		Instant wonAt) {
}
