package org.openprm.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A fund as both sides read it. */
public record FundView(UUID id, String name, LocalDate periodStart, LocalDate periodEnd, String currency,
		FundTarget target, UUID partnerId, UUID programId, UUID tierId, UUID segmentId, BigDecimal accrualPercent,
		boolean carryOver, UUID carriedFrom, boolean expired) {

	/** Accrual funds keep each partner's money apart: a partner draws only on what it earned. */
	public boolean earmarked() {
		return accrualPercent != null;
	}
}
