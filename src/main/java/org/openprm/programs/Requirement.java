package org.openprm.programs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One requirement of a tier, effective from {@code validFrom} to {@code validTo} (both optional,
 * inclusive). A numeric requirement has a minimum (revenue also a currency); a custom attribute may
 * instead expect an exact value. The qualifier is the job role or attribute key, else empty.
 */
public record Requirement(UUID id, UUID tierId, Metric metric, String qualifier, BigDecimal minimum, String currency,
		String expectedValue, LocalDate validFrom, LocalDate validTo) {

	public boolean effectiveOn(LocalDate day) {
		return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
	}

	/** Not yet effective, but within {@code days} of becoming so. */
	public boolean startsWithin(LocalDate day, int days) {
		return validFrom != null && day.isBefore(validFrom) && !day.plusDays(days).isBefore(validFrom);
	}
}
