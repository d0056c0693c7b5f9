package org.openprm.deals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A deal registration as the caller may see it. {@code conflicts} is filled for vendor staff only;
 * partners see {@code possibleConflict}. {@code protectionDaysLeft}: whole days of protection an approved
 * registration has left, else null.
 */
public record DealView(UUID id, UUID partnerId, String partnerName, UUID distributorId, UUID registeredBy,
		EndCustomer customer, List<ProductLine> lines, BigDecimal amount, String currency,
		LocalDate expectedCloseDate, DealStage stage, String description, DealStatus status, String statusReason,
		boolean firstToRegister, boolean possibleConflict, List<ConflictCandidate> conflicts, Instant submittedAt,
		Instant reviewDueAt, Instant approvedAt, Instant protectedUntil, Integer protectionDaysLeft,
		ExtensionRequest extensionRequest,
		List<PartnerCredit> credits, Instant createdAt, Instant updatedAt, long version) {

	/** A pending request to extend the protection period. */
	public record ExtensionRequest(int days, String reason, Instant requestedAt) {
	}
}
