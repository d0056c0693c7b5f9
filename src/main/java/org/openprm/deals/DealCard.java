package org.openprm.deals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A registration as the pipeline (board and export) shows it.
 *
 * @param protectionDaysLeft whole days until the protection of an approved registration ends; null otherwise
 * @param weighted the amount times the win probability of the stage (100 % once won)
 */
public record DealCard(UUID id, UUID partnerId, String partnerName, UUID distributorId, String customerName,
		String customerDomain, String customerCountry, String customerCity, BigDecimal amount, String currency,
		BigDecimal weighted, LocalDate expectedCloseDate, DealStage stage, DealStatus status, boolean possibleConflict,
		Instant submittedAt, Instant approvedAt, Instant protectedUntil, Integer protectionDaysLeft, Instant createdAt) {
}
