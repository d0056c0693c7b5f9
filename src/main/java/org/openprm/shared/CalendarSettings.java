package org.openprm.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The vendor's business calendar as configured ({@code prm.calendar.zone}, {@code prm.calendar.working-days},
 * {@code prm.calendar.holidays}); business deadlines such as lead acceptance windows are computed in it.
 */
@ConfigurationProperties("prm.calendar")
public record CalendarSettings(@DefaultValue("UTC") ZoneId zone,
		@DefaultValue({ "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY" }) Set<DayOfWeek> workingDays,
		@DefaultValue({}) List<LocalDate> holidays) {

	public BusinessCalendar calendar() {
		return new BusinessCalendar(zone, workingDays, Set.copyOf(holidays));
	}
}
