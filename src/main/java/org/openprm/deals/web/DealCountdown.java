package org.openprm.deals.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * How many days of protection an approved deal has left, for the pages ({@code @dealCountdown}).
 */
@Component("dealCountdown")
class DealCountdown {

	private final Clock clock;

	DealCountdown(Clock clock) {
		this.clock = clock;
	}

	/** Whole days left, rounded up: protection that ends tomorrow morning still has 1 day. */
	public long daysLeft(Instant until) {
		if (until == null) {
			return 0;
		}
		Duration left = Duration.between(clock.instant(), until);
		return left.isNegative() ? 0 : (left.toHours() + 23) / 24;
	}
}
