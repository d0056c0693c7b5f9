package org.openprm.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openprm.ChildNode;
import org.openprm.NodeDatabase;

/**
 * Crash safety of the API on the embedded default (H2) and, in the -Ppostgres run, on PostgreSQL:
 * clients write partners with Idempotency-Keys while the node is killed with {@code kill -9} at
 * random moments and restarted. Every acknowledged write must be there and complete, and sending
 * every write again with its key must create nothing twice. Short by default; the long run is
 * {@code -Dprm.crash.kills=10 -Dprm.crash.writes=10000} (see docs/benchmarks.md).
 */
class CrashSafetyTests {

	private static final int KILLS = Integer.getInteger("prm.crash.kills", 3);

	private static final int WRITES = Integer.getInteger("prm.crash.writes", 300);

	private static final int CLIENTS = Integer.getInteger("prm.crash.clients", 4);

	@Test
	void acknowledgedWritesSurviveKillsAndRetriesCreateNothingTwice(@TempDir Path dataDir) throws Exception {
		long started = System.nanoTime();
		String prefix = "Crash " + UUID.randomUUID().toString().substring(0, 8);
		try (NodeDatabase database = NodeDatabase.fresh("crash", dataDir);
				ChildNode node = ChildNode.start(database.isPostgres() ? "crash-postgres" : "crash-h2",
						nodeProperties(database))) {
			PartnerApi api = PartnerApi.signIn(node.baseUrl(), "admin@acme.example", "demo1234");
			Traffic traffic = new Traffic(api, prefix, node.baseUrl(), CLIENTS);
			killAtRandomMoments(node, traffic);
			traffic.awaitAcknowledged(WRITES);
			List<Attempt> attempts = traffic.stop();

			Replays replays = Replays.of(attempts, api, node.baseUrl(), CLIENTS);
			node.stop();
			StoredPartners stored = StoredPartners.read(database, prefix);

			CrashReport report = CrashReport.of(database.description(), KILLS, attempts, replays, stored,
					Duration.ofNanos(System.nanoTime() - started));
			report.write(Path.of("target", "crash-safety", database.isPostgres() ? "postgres.txt" : "h2.txt"));
			System.out.println("Crash safety: " + report.line());
			attempts.stream()
				.filter(attempt -> attempt.isAcknowledged() ? !replays.confirms(attempt) : replays.of(attempt).status() != 201)
				.limit(20)
				.forEach(attempt -> System.out.println("  not as expected: " + attempt + ", replay: " + replays.of(attempt)
						+ ", stored: " + stored.byName().get(attempt.name)));
			assertThat(report.acknowledged()).isGreaterThanOrEqualTo(WRITES);
			assertThat(report.lost()).as("acknowledged writes lost").isZero();
			assertThat(report.partial()).as("partial records").isZero();
			assertThat(report.duplicates()).as("writes stored twice").isZero();
			assertThat(report.failedReplays()).as("replays that did not end in one stored partner").isZero();
		}
	}

	/** Kills when the acknowledged count passes a random point in each stretch of the run. */
	private static void killAtRandomMoments(ChildNode node, Traffic traffic) throws InterruptedException {
		Random random = new Random();
		int stretch = WRITES / (KILLS + 1);
		for (int kill = 1; kill <= KILLS; kill++) {
			traffic.awaitAcknowledged(kill * stretch - stretch / 2 + random.nextInt(Math.max(1, stretch / 2)));
			traffic.nodeDown();
			node.kill();
			node.restart();
			traffic.nodeUp(node.baseUrl());
		}
	}

	private static Map<String, String> nodeProperties(NodeDatabase database) {
		Map<String, String> properties = new java.util.LinkedHashMap<>(database.nodeProperties());
		properties.put("prm.node-id", "crash-node");
		properties.put("logging.level.root", "WARN");
		properties.put("logging.level.org.openprm", "INFO");
		return properties;
	}
}
