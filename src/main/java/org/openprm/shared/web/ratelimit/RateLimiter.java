package org.openprm.shared.web.ratelimit;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The limit of one endpoint group, per client: a client may send {@code requests} at once, and one more
 * each {@code window / requests} after that (a token bucket, kept as the generic cell rate algorithm:
 * one timestamp per client, exact in whole nanoseconds). The timestamps sit in a map of at most
 * {@code maxClients} entries that forgets the least recently seen client first, so a flood of new
 * addresses cannot make the node run out of memory.
 */
final class RateLimiter {

	private final long window;

	private final long interval;

	private final LongSupplier nanoClock;

	/** Per client: when its budget is fully used up, if it sends nothing more ("theoretical arrival time"). */
	private final Map<String, Long> usedUntil;

	RateLimiter(RateLimitSettings.Limit limit, int maxClients, LongSupplier nanoClock) {
		this.window = limit.window().toNanos();
		this.interval = Math.max(1, window / limit.requests());
		this.nanoClock = nanoClock;
		this.usedUntil = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
				return size() > maxClients;
			}
		};
	}

	/** Whether the client may go ahead; if not, how long until it may. */
	synchronized Decision tryAcquire(String client) {
		long now = nanoClock.getAsLong();
		Long previous = usedUntil.get(client);
		long next = (previous == null || previous - now < 0 ? now : previous) + interval;
		if (next - now > window) {
			return new Decision(false, Duration.ofNanos(next - now - window));
		}
		usedUntil.put(client, next);
		return new Decision(true, Duration.ZERO);
	}

	synchronized int trackedClients() {
		return usedUntil.size();
	}

	record Decision(boolean allowed, Duration retryAfter) {

		/** Whole seconds, rounded up, as {@code Retry-After} wants them. */
		long retryAfterSeconds() {
			return Math.max(1, (retryAfter.toNanos() + 999_999_999) / 1_000_000_000);
		}
	}
}
