package org.openprm.shared.web.ratelimit;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A token bucket per client for one endpoint group: a client may send {@code requests} at once, and
 * one more each {@code window / requests} after that. The buckets sit in a map of at most
 * {@code maxClients} entries that forgets the least recently seen client first, so a flood of new
 * addresses cannot make the node run out of memory.
 */
final class RateLimiter {

	private final double capacity;

	private final double nanosPerToken;

	private final LongSupplier nanoClock;

	private final Map<String, Bucket> buckets;

	RateLimiter(RateLimitSettings.Limit limit, int maxClients, LongSupplier nanoClock) {
		this.capacity = limit.requests();
		this.nanosPerToken = (double) limit.window().toNanos() / limit.requests();
		this.nanoClock = nanoClock;
		this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
				return size() > maxClients;
			}
		};
	}

	/** Whether the client may go ahead; if not, how long until it may. */
	synchronized Decision tryAcquire(String client) {
		long now = nanoClock.getAsLong();
		Bucket bucket = buckets.computeIfAbsent(client, key -> new Bucket(capacity, now));
		bucket.refill(now, capacity, nanosPerToken);
		if (bucket.tokens >= 1) {
			bucket.tokens -= 1;
			return new Decision(true, Duration.ZERO);
		}
		return new Decision(false, Duration.ofNanos((long) Math.ceil((1 - bucket.tokens) * nanosPerToken)));
	}

	synchronized int trackedClients() {
		return buckets.size();
	}

	record Decision(boolean allowed, Duration retryAfter) {

		/** Whole seconds, rounded up, as {@code Retry-After} wants them. */
		long retryAfterSeconds() {
			return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
		}
	}

	private static final class Bucket {

		private double tokens;

		private long updated;

		private Bucket(double tokens, long updated) {
			this.tokens = tokens;
			this.updated = updated;
		}

		private void refill(long now, double capacity, double nanosPerToken) {
			tokens = Math.min(capacity, tokens + (now - updated) / nanosPerToken);
			updated = now;
		}
	}
}
