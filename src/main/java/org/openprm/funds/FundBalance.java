package org.openprm.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Balances derived from ledger sums. allocated = allocations + accruals + adjustments − expiries;
 * reserved = reservations − releases − claim approvals; claimed = claim approvals − payments (approved,
 * not yet paid); paid = payments; available = allocated − reserved − claimed − paid; expiring = the
 * available amount when the period ends within 30 days.
 */
public record FundBalance(UUID fundId, String fundName, UUID partnerId, String currency, LocalDate periodEnd,
		BigDecimal allocated, BigDecimal reserved, BigDecimal claimed, BigDecimal paid, BigDecimal available,
		BigDecimal expiring) {

	public static final int EXPIRING_DAYS = 30;

	/** The balance of one fund (or of one partner's slice of it) from the sums per entry type. */
	public static FundBalance of(FundView fund, UUID partnerId, Map<EntryType, BigDecimal> sums, LocalDate today) {
		BigDecimal allocated = sum(sums, EntryType.ALLOCATION).add(sum(sums, EntryType.ACCRUAL))
			.add(sum(sums, EntryType.ADJUSTMENT)).subtract(sum(sums, EntryType.EXPIRY));
		BigDecimal reserved = sum(sums, EntryType.RESERVATION).subtract(sum(sums, EntryType.RELEASE))
			.subtract(sum(sums, EntryType.CLAIM_APPROVAL));
		BigDecimal claimed = sum(sums, EntryType.CLAIM_APPROVAL).subtract(sum(sums, EntryType.PAYMENT));
		BigDecimal paid = sum(sums, EntryType.PAYMENT);
		BigDecimal available = allocated.subtract(reserved).subtract(claimed).subtract(paid);
		boolean soon = !fund.expired() && !fund.periodEnd().isAfter(today.plusDays(EXPIRING_DAYS));
		return new FundBalance(fund.id(), fund.name(), partnerId, fund.currency(), fund.periodEnd(), Money.of(allocated, fund.currency()),
				Money.of(reserved, fund.currency()), Money.of(claimed, fund.currency()), Money.of(paid, fund.currency()),
				Money.of(available, fund.currency()), Money.of(soon ? available : BigDecimal.ZERO, fund.currency()));
	}

	private static BigDecimal sum(Map<EntryType, BigDecimal> sums, EntryType type) {
		return sums.getOrDefault(type, BigDecimal.ZERO);
	}
}
