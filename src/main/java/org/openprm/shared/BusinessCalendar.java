package org.openprm.shared;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * The vendor's business calendar: a time zone, working days and holidays. Working days count whole
 * (24 hours each), so "48 business hours" from Friday 15:00 ends on Tuesday 15:00; time on a weekend
 * or holiday does not count.
 */
public record BusinessCalendar(ZoneId zone, Set<DayOfWeek> workingDays, Set<LocalDate> holidays) {

	public BusinessCalendar {
		if (workingDays.isEmpty()) {
			throw new IllegalArgumentException("a business calendar needs at least one working day");
		}
		workingDays = Set.copyOf(workingDays);
		holidays = Set.copyOf(holidays);
	}

	public static BusinessCalendar weekdays(ZoneId zone) {
		return new BusinessCalendar(zone, Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
				DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), Set.of());
	}

	public boolean isWorkingDay(LocalDate day) {
		return workingDays.contains(day.getDayOfWeek()) && !holidays.contains(day);
	}

	/** The instant that lies {@code businessTime} of working-day time after {@code start}. */
	public Instant plus(Instant start, Duration businessTime) {
		ZonedDateTime at = start.atZone(zone);
		Duration left = businessTime;
		while (true) {
			LocalDate day = at.toLocalDate();
			ZonedDateTime endOfDay = day.plusDays(1).atStartOfDay(zone);
			if (isWorkingDay(day)) {
				Duration rest = Duration.between(at, endOfDay);
				if (left.compareTo(rest) <= 0) {
					return at.plus(left).toInstant();
				}
				left = left.minus(rest);
			}
			at = endOfDay;
		}
	}

	/** Working-day time between two instants (zero if {@code to} is not after {@code from}). */
	public Duration between(Instant from, Instant to) {
		Duration total = Duration.ZERO;
		ZonedDateTime at = from.atZone(zone);
		ZonedDateTime end = to.atZone(zone);
		while (at.isBefore(end)) {
			ZonedDateTime next = at.toLocalDate().plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(zone);
			ZonedDateTime stop = next.isBefore(end) ? next : end;
			if (isWorkingDay(at.toLocalDate())) {
				total = total.plus(Duration.between(at, stop));
			}
			at = stop;
		}
		return total;
	}
}
