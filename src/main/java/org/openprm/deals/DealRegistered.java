package org.openprm.deals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A deal registration was submitted to the vendor (first submission only).
 */
public record DealRegistered(UUID registrationId, UUID partnerId, UUID distributorId, UUID registeredBy,
		String customerName, String customerCountry, BigDecimal amount, String currency, LocalDate expectedCloseDate,
		DealStage stage, boolean firstToRegister, boolean possibleConflict, Instant submittedAt) {
}
