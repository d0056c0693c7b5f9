package org.openprm.crash;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Every write sent again with its own Idempotency-Key and body, as a client does that never saw
 * (or does not trust) the answer.
 */
final class Replays {

	private final Map<Attempt, PartnerApi.Answer> answers = new ConcurrentHashMap<>();

	static Replays of(List<Attempt> attempts, PartnerApi api, String baseUrl, int clients) throws InterruptedException {
		Replays replays = new Replays();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			for (Attempt attempt : attempts) {
				pool.execute(() -> replays.answers.put(attempt, replay(api, baseUrl, attempt)));
			}
		}
		finally {
			pool.shutdown();
		}
		if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
			throw new AssertionError("Replays did not finish within 10 minutes");
		}
		return replays;
	}

	private static PartnerApi.Answer replay(PartnerApi api, String baseUrl, Attempt attempt) {
		try {
			return api.create(baseUrl, attempt);
		}
		catch (IOException ex) {
			return new PartnerApi.Answer(-1, null, false);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new PartnerApi.Answer(-1, null, false);
		}
	}

	PartnerApi.Answer of(Attempt attempt) {
		return answers.getOrDefault(attempt, new PartnerApi.Answer(-1, null, false));
	}

	/** An acknowledged write whose retry is not the stored first answer was lost and made anew. */
	boolean confirms(Attempt acknowledged) {
		PartnerApi.Answer answer = of(acknowledged);
		return answer.status() == 201 && answer.replayed() && acknowledged.acknowledgedId().equals(answer.id());
	}
}
