package org.openprm.recruitment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rules of partner recruitment ({@code prm.recruitment.*}).
 *
 * @param reviewHours how long reviewers have to decide on an application
 * @param reminderShare after which share of the review time the assignee is reminded (0.75: at 36 of 48 hours)
 * @param fallbackQueue the queue of applications that no routing rule matches
 * @param timerInterval how often the deadline job looks for due reminders and escalations
 */
@ConfigurationProperties("prm.recruitment")
public record RecruitmentSettings(@DefaultValue("48") int reviewHours, @DefaultValue("0.75") double reminderShare,
		@DefaultValue("partner-team") String fallbackQueue, @DefaultValue("5m") Duration timerInterval) {

	public Duration reviewTime() {
		return Duration.ofHours(reviewHours);
	}
}
