package org.openprm.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the vendor enters to create a fund. At most one target id; none makes a shared pool. A fund
 * with an accrual percentage earns budget per partner from won deals; its amount may then be zero.
 */
public record FundDraft(String name, LocalDate periodStart, LocalDate periodEnd, String currency, BigDecimal amount,
		UUID partnerId, UUID programId, UUID tierId, UUID segmentId, BigDecimal accrualPercent, boolean carryOver) {
}
