package org.openprm.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A fund as both sides read it; {@code region} lists the ISO country codes of a region fund, else it is empty. */
public record FundView(UUID id, String name, LocalDate periodStart, LocalDate periodEnd, String currency,
		FundTarget target, UUID partnerId, UUID programId, UUID tierId, UUID segmentId, BigDecimal accrualPercent,
		boolean carryOver, UUID carriedFrom, boolean expired, List<String> region) {

	public FundView {
		region = region == null ? List.of() : List.copyOf(region);
	}

	/** A fund that is not for a region. */
	public FundView(UUID id, String name, LocalDate periodStart, LocalDate periodEnd, String currency, FundTarget target,
			UUID partnerId, UUID programId, UUID tierId, UUID segmentId, BigDecimal accrualPercent, boolean carryOver,
			UUID carriedFrom, boolean expired) {
		this(id, name, periodStart, periodEnd, currency, target, partnerId, programId, tierId, segmentId, accrualPercent,
				carryOver, carriedFrom, expired, List.of());
	}

	/** Accrual funds keep each partner's money apart: a partner draws only on what it earned. */
	public boolean earmarked() {
		return accrualPercent != null;
	}
}
