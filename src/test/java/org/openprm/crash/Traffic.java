package org.openprm.crash;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Clients that keep writing partners, each under a fresh Idempotency-Key, while the node is up. A
 * request cut off by a kill counts as unacknowledged; its client then waits for the node to be back.
 */
final class Traffic {

	private static final Duration PROGRESS_TIMEOUT = Duration.ofMinutes(5);

	private final PartnerApi api;

	private final String prefix;

	private final Queue<Attempt> attempts = new ConcurrentLinkedQueue<>();

	private final AtomicInteger sequence = new AtomicInteger();

	private final List<Thread> clients = new ArrayList<>();

	private String baseUrl;

	private boolean running = true;

	private int acknowledged;

	Traffic(PartnerApi api, String prefix, String baseUrl, int clientCount) {
		this.api = api;
		this.prefix = prefix;
		this.baseUrl = baseUrl;
		for (int i = 0; i < clientCount; i++) {
			Thread client = new Thread(this::write, "crash-client-" + i);
			client.setDaemon(true);
			clients.add(client);
			client.start();
		}
	}

	/** Blocks until at least {@code count} writes were acknowledged. */
	synchronized void awaitAcknowledged(int count) throws InterruptedException {
		long deadline = System.nanoTime() + PROGRESS_TIMEOUT.toNanos();
		while (acknowledged < count) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				throw new AssertionError("Only " + acknowledged + " of " + count + " writes acknowledged within "
						+ PROGRESS_TIMEOUT);
			}
			wait(Math.max(1, left / 1_000_000));
		}
	}

	synchronized void nodeDown() {
		baseUrl = null;
	}

	synchronized void nodeUp(String url) {
		baseUrl = url;
		notifyAll();
	}

	/** Stops the clients and returns every write they tried. */
	List<Attempt> stop() throws InterruptedException {
		synchronized (this) {
			running = false;
			notifyAll();
		}
		for (Thread client : clients) {
			client.join(Duration.ofMinutes(2).toMillis());
		}
		return List.copyOf(attempts);
	}

	private void write() {
		String url;
		while ((url = awaitNode()) != null) {
			Attempt attempt = new Attempt(UUID.randomUUID().toString(), prefix + " " + sequence.incrementAndGet());
			attempts.add(attempt);
			try {
				PartnerApi.Answer answer = api.create(url, attempt);
				if (answer.status() == 201) {
					attempt.acknowledged(answer.id());
					countAcknowledged();
				}
				else {
					attempt.unacknowledged("HTTP " + answer.status());
				}
			}
			catch (IOException ex) {
				attempt.unacknowledged(ex.getClass().getSimpleName());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private synchronized String awaitNode() {
		while (running && baseUrl == null) {
			try {
				wait();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return null;
			}
		}
		return running ? baseUrl : null;
	}

	private synchronized void countAcknowledged() {
		acknowledged++;
		notifyAll();
	}
}
