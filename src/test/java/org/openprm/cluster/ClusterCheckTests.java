package org.openprm.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openprm.ChildNode;
import org.openprm.NodeDatabase;
import org.openprm.web.BrowserSession;

/**
 * Two nodes started at the same moment on one fresh PostgreSQL database behave as one system:
 * migrations and the demo data happen once, a session from one node works on the other, every
 * scheduled job runs once per period, and a module event is handled once. Only in the PostgreSQL
 * run ({@code scripts/cluster-check.sh}): two processes cannot share the embedded H2 file, so the
 * H2 run leaves this class out (see pom.xml).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterCheckTests {

	static final Duration JOB_PERIOD = Duration.ofSeconds(2);

	static final List<String> JOBS = List.of("idempotency-cleanup", "event-resubmission", "session-cleanup",
			"job-run-cleanup");

	private NodeDatabase database;

	private ChildNode nodeA;

	private ChildNode nodeB;

	private int mailPort;

	private ClusterRecords records;

	@BeforeAll
	void startTwoNodesAtOnce() throws Exception {
		assertThat(NodeDatabase.postgresRun()).as("the cluster check needs PostgreSQL: run it with -Ppostgres").isTrue();
		database = NodeDatabase.fresh("cluster", Files.createTempDirectory("openprm-cluster"));
		records = new ClusterRecords(database);
		// No mail server listens here yet, so the first invitation mail fails and must be resubmitted.
		mailPort = ClusterRecords.freePort();
		nodeA = ChildNode.launch("cluster-a", nodeProperties());
		nodeB = ChildNode.launch("cluster-b", nodeProperties());
		nodeA.awaitReady();
		nodeB.awaitReady();
	}

	@AfterAll
	void stopNodes() {
		for (AutoCloseable resource : new AutoCloseable[] { nodeA, nodeB, database }) {
			try {
				if (resource != null) {
					resource.close();
				}
			}
			catch (Exception ex) {
				System.err.println("Could not close " + resource + ": " + ex);
			}
		}
	}

	@Test
	void everyMigrationRanOnceAndBothNodesAreReady() throws Exception {
		assertThat(records.migrationRuns()).isNotEmpty().allSatisfy((version, runs) -> assertThat(runs).isEqualTo(1));
		assertThat(records.migrationRuns()).hasSize(ClusterRecords.migrationFiles());
		assertThat(records.failedMigrations()).isZero();
		assertThat(ClusterRecords.readiness(nodeA)).isEqualTo(200);
		assertThat(ClusterRecords.readiness(nodeB)).isEqualTo(200);
	}

	@Test
	void theDemoDataWasLoadedOnce() throws Exception {
		assertThat(records.count("SELECT COUNT(*) FROM users WHERE email = 'admin@acme.example'")).isEqualTo(1);
		// Loaded twice, every demo partner (the directory's and the approved demo application's) would be there twice.
		long partners = records.count("SELECT COUNT(*) FROM partners");
		assertThat(partners).isGreaterThanOrEqualTo(44);
		assertThat(records.count("SELECT COUNT(DISTINCT name) FROM partners")).isEqualTo(partners);
		assertThat(records.count("SELECT COUNT(*) FROM audit_entries WHERE subject_type = 'Partner' AND action = 'created'"))
			.isEqualTo(partners);
	}

	@Test
	void aSessionStartedOnOneNodeWorksOnTheOther() {
		BrowserSession onA = BrowserSession.signIn(nodeA.baseUrl(), "admin@acme.example", "demo1234");
		BrowserSession onB = onA.on(nodeB.baseUrl());

		BrowserSession.Page home = onB.get("/");
		BrowserSession.Page saved = onB.submit("/settings", "/settings/language", Map.of("language", "de"));

		assertThat(home.status()).isEqualTo(200);
		assertThat(home.body()).contains("Avery Admin");
		assertThat(saved.status()).isEqualTo(302);
		assertThat(saved.location()).endsWith("/settings");
		assertThat(onA.get("/settings").body()).contains("lang=\"de\"");
	}

	@Test
	void eachScheduledJobRunsOncePerPeriodAcrossBothNodes() {
		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
			.until(() -> JOBS.stream().allMatch(job -> records.runsOf(job).size() >= 6));

		for (String job : JOBS) {
			List<ClusterRecords.JobRun> runs = records.runsOf(job);
			assertThat(runs).as(job + " outcomes").allSatisfy(run -> assertThat(run.outcome()).isEqualTo("SUCCEEDED"));
			assertThat(ClusterRecords.gaps(runs)).as(job + ": time between runs, over both nodes")
				.allSatisfy(gap -> assertThat(gap).isBetween(JOB_PERIOD.minusMillis(150), JOB_PERIOD.multipliedBy(2).plusMillis(500)));
		}
	}

	@Test
	void aModuleEventIsHandledOnceEvenWhileBothNodesResubmit() throws Exception {
		BrowserSession onA = BrowserSession.signIn(nodeA.baseUrl(), "admin@acme.example", "demo1234");
		BrowserSession onB = onA.on(nodeB.baseUrl());
		GreenMail mail = new GreenMail(new ServerSetup(mailPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		try {
			invite(onA, "while-mail-is-down@cluster.example");
			await().atMost(Duration.ofMinutes(1)).until(() -> records.failedPublications() >= 1);
			mail.start();
			invite(onB, "while-mail-is-up@cluster.example");

			await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(300))
				.until(() -> mailsTo(mail, "while-mail-is-down@cluster.example") == 1
						&& mailsTo(mail, "while-mail-is-up@cluster.example") == 1 && records.publications() == 0);
			int resubmissionsSoFar = records.runsOf("event-resubmission").size();
			await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(300))
				.until(() -> records.runsOf("event-resubmission").size() >= resubmissionsSoFar + 3);

			assertThat(mailsTo(mail, "while-mail-is-down@cluster.example")).isEqualTo(1);
			assertThat(mailsTo(mail, "while-mail-is-up@cluster.example")).isEqualTo(1);
			assertThat(records.publications()).isZero();
		}
		finally {
			mail.stop();
		}
	}

	private static void invite(BrowserSession session, String email) {
		BrowserSession.Page invited = session.submit("/staff", "/staff",
				Map.of("email", email, "displayName", "Cluster Colleague", "role", "CHANNEL_MANAGER"));
		assertThat(invited.status()).as("inviting " + email).isEqualTo(302);
	}

	private static long mailsTo(GreenMail mail, String address) {
		return java.util.Arrays.stream(mail.getReceivedMessages()).filter(message -> {
			try {
				return java.util.Arrays.stream(message.getAllRecipients())
					.anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).count();
	}

	private Map<String, String> nodeProperties() {
		Map<String, String> properties = new java.util.LinkedHashMap<>(database.nodeProperties());
		properties.put("spring.mail.host", "127.0.0.1");
		properties.put("spring.mail.port", String.valueOf(mailPort));
		String period = JOB_PERIOD.toMillis() + "ms";
		properties.put("prm.jobs.initial-delay", "1s");
		properties.put("prm.api.idempotency-cleanup-interval", period);
		properties.put("prm.events.resubmission-interval", period);
		properties.put("prm.sessions.cleanup-interval", period);
		properties.put("prm.jobs.run-cleanup-interval", period);
		// Long enough that an event handled right now is never taken for abandoned.
		properties.put("prm.events.resubmit-after", "30s");
		properties.put("logging.level.root", "WARN");
		properties.put("logging.level.org.openprm", "INFO");
		return properties;
	}
}
