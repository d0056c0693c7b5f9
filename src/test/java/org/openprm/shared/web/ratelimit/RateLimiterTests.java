package org.openprm.shared.web.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/**
 * The token buckets behind the rate limit, on a clock the test moves.
 */
class RateLimiterTests {

	private final AtomicLong clock = new AtomicLong();

	private final RateLimiter limiter = new RateLimiter(new RateLimitSettings.Limit(3, Duration.ofMinutes(1)), 100,
			clock::get);

	@Test
	void allowsTheLimitAtOnceThenRefusesWithTheTimeUntilTheNextRequest() {
		for (int i = 0; i < 3; i++) {
			assertThat(limiter.tryAcquire("203.0.113.1").allowed()).isTrue();
		}

		RateLimiter.Decision refused = limiter.tryAcquire("203.0.113.1");

		assertThat(refused.allowed()).isFalse();
		assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(20));
		assertThat(refused.retryAfterSeconds()).isEqualTo(20);
	}

	@Test
	void refillsOneRequestPerShareOfTheWindow() {
		exhaust("203.0.113.2");

		advance(Duration.ofSeconds(19));
		assertThat(limiter.tryAcquire("203.0.113.2").retryAfterSeconds()).isEqualTo(1);
		advance(Duration.ofSeconds(1));
		assertThat(limiter.tryAcquire("203.0.113.2").allowed()).isTrue();
		assertThat(limiter.tryAcquire("203.0.113.2").allowed()).isFalse();

		advance(Duration.ofHours(1));
		exhaust("203.0.113.2");
	}

	@Test
	void countsEachClientOnItsOwn() {
		exhaust("203.0.113.3");

		assertThat(limiter.tryAcquire("203.0.113.4").allowed()).isTrue();
	}

	@Test
	void remembersAtMostMaxClientsForgettingTheLeastRecentlySeen() {
		exhaust("198.51.100.1");
		for (int i = 0; i < 100; i++) {
			limiter.tryAcquire("10.0.0." + i);
		}

		assertThat(limiter.trackedClients()).isEqualTo(100);
		assertThat(limiter.tryAcquire("198.51.100.1").allowed()).as("forgotten, so it starts afresh").isTrue();
	}

	@Test
	void countsAnIpv6ClientByItsSlash64Network() {
		assertThat(RateLimitFilter.clientKey("2001:db8:1:2:aaaa::1"))
			.isEqualTo(RateLimitFilter.clientKey("2001:db8:1:2:ffff:ffff:ffff:ffff"))
			.isNotEqualTo(RateLimitFilter.clientKey("2001:db8:1:3::1"));
		assertThat(RateLimitFilter.clientKey("203.0.113.9")).isEqualTo("203.0.113.9");
	}

	private void exhaust(String client) {
		for (int i = 0; i < 3; i++) {
			assertThat(limiter.tryAcquire(client).allowed()).isTrue();
		}
		assertThat(limiter.tryAcquire(client).allowed()).isFalse();
	}

	private void advance(Duration duration) {
		clock.addAndGet(duration.toNanos());
	}
}
