package org.openprm.deals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The vendor approved a registration: the partner owns the customer until {@code protectedUntil}.
 */
public record DealApproved(UUID registrationId, UUID partnerId, UUID distributorId, List<PartnerCredit> credits,
		String customerName, BigDecimal amount, String currency, LocalDate expectedCloseDate, Instant approvedAt,
		Instant protectedUntil, boolean automatically) {
}
