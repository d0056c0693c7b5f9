package org.openprm.deals;

import java.time.LocalDate;

/**
 * The periods a weighted forecast sums over, by expected close date.
 */
public enum ForecastPeriod {

	MONTH, QUARTER;

	/** The period's label: {@code 2026-03} or {@code 2026-Q1}. */
	public String label(int year, int month) {
		return this == MONTH ? "%04d-%02d".formatted(year, month) : "%04d-Q%d".formatted(year, (month - 1) / 3 + 1);
	}

	public String label(LocalDate date) {
		return label(date.getYear(), date.getMonthValue());
	}
}
