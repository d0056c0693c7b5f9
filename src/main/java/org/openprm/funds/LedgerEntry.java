package org.openprm.funds;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One immutable movement of a fund's money. */
public record LedgerEntry(UUID id, UUID fundId, UUID partnerId, EntryType type, BigDecimal amount, UUID requestId,
		UUID claimId, String reason, Instant bookedAt, String bookedBy) {
}
