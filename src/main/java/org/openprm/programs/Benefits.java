package org.openprm.programs;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a tier gives its partners: discount and MDF accrual in percent, deal protection days, lead
 * priority weight and the content (by key) it unlocks.
 */
public record Benefits(BigDecimal discountPercent, BigDecimal mdfAccrualPercent, int dealProtectionDays,
		int leadPriorityWeight, List<String> contentKeys) {

	public static Benefits none() {
		return new Benefits(BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, List.of());
	}
}
