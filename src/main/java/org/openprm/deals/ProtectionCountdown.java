package org.openprm.deals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Days of protection an approved registration has left, counted in calendar days of the vendor's time
 * zone (the clock's), so that the partner sees the same number all day.
 */
final class ProtectionCountdown {

	private ProtectionCountdown() {
	}

	static Integer daysLeft(DealStatus status, Instant protectedUntil, Clock clock) {
		if (status != DealStatus.APPROVED || protectedUntil == null) {
			return null;
		}
		LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
		long days = ChronoUnit.DAYS.between(today, LocalDate.ofInstant(protectedUntil, clock.getZone()));
		return (int) Math.max(0, days);
	}
}
