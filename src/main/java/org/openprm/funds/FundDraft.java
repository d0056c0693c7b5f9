package org.openprm.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the vendor enters to create a fund. At most one target (a target id or a region, i.e. a list of
 * ISO country codes); none makes a shared pool. A fund with an accrual percentage earns budget per
 * partner from won deals; its amount may then be zero.
 */
public record FundDraft(String name, LocalDate periodStart, LocalDate periodEnd, String currency, BigDecimal amount,
		UUID partnerId, UUID programId, UUID tierId, UUID segmentId, List<String> region, BigDecimal accrualPercent,
		boolean carryOver) {

	/** A draft without a region. */
	public FundDraft(String name, LocalDate periodStart, LocalDate periodEnd, String currency, BigDecimal amount,
			UUID partnerId, UUID programId, UUID tierId, UUID segmentId, BigDecimal accrualPercent, boolean carryOver) {
		this(name, periodStart, periodEnd, currency, amount, partnerId, programId, tierId, segmentId, null,
				accrualPercent, carryOver);
	}

	/** Whether a region was given at all (an empty list counts as none). */
	public boolean hasRegion() {
		return region != null && region.stream().anyMatch(c -> c != null && !c.isBlank());
	}
}
