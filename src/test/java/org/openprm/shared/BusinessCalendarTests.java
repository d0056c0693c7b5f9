package org.openprm.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Business time skips weekends and holidays in the vendor's time zone.
 */
class BusinessCalendarTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static Instant at(String local) {
		return java.time.LocalDateTime.parse(local).atZone(BERLIN).toInstant();
	}

	@Test
	void fortyEightBusinessHoursFromFridayAfternoonEndOnTuesdayAfternoon() {
		BusinessCalendar calendar = BusinessCalendar.weekdays(BERLIN);

		assertThat(calendar.plus(at("2026-11-20T15:00"), Duration.ofHours(48))).isEqualTo(at("2026-11-24T15:00"));
		assertThat(calendar.plus(at("2026-11-17T09:00"), Duration.ofHours(48))).isEqualTo(at("2026-11-19T09:00"));
	}

	@Test
	void holidaysAndTimeOnTheWeekendDoNotCount() {
		BusinessCalendar calendar = new BusinessCalendar(BERLIN, Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
				DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), Set.of(LocalDate.parse("2026-12-25")));

		assertThat(calendar.plus(at("2026-12-24T12:00"), Duration.ofHours(24))).isEqualTo(at("2026-12-28T12:00"));
		assertThat(calendar.plus(at("2026-11-21T10:00"), Duration.ofHours(1))).isEqualTo(at("2026-11-23T01:00"));
		assertThat(calendar.between(at("2026-11-20T12:00"), at("2026-11-23T12:00"))).isEqualTo(Duration.ofHours(24));
		assertThat(calendar.isWorkingDay(LocalDate.parse("2026-12-25"))).isFalse();
	}

	@Test
	void daylightSavingChangesKeepBusinessHoursExact() {
		BusinessCalendar calendar = BusinessCalendar.weekdays(BERLIN);
		ZonedDateTime friday = ZonedDateTime.of(2026, 10, 23, 12, 0, 0, 0, BERLIN);

		Instant due = calendar.plus(friday.toInstant(), Duration.ofHours(24));

		assertThat(due).isEqualTo(ZonedDateTime.of(2026, 10, 26, 12, 0, 0, 0, BERLIN).toInstant());
	}
}
