package org.openprm.deals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The protection period of an approved registration ended without the deal being won or lost.
 */
public record DealExpired(UUID registrationId, UUID partnerId, UUID distributorId, String customerName,
		BigDecimal amount, String currency, Instant protectedUntil, Instant expiredAt) {
}
