package org.openprm.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.openprm.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A scheduled job runs once per period however often nodes ask, and every run is recorded with the
 * node that ran it. (Two real nodes: {@link ClusterCheckTests}.)
 */
class ClusterJobsTests extends ApiTestSupport {

	@Autowired
	ClusterJobs jobs;

	@Autowired
	NodeId node;

	@Autowired
	JdbcClient jdbc;

	@Test
	void runsAJobOncePerPeriodAndRecordsWhichNodeRanIt() {
		String job = unique("test-job");
		AtomicInteger ran = new AtomicInteger();

		jobs.runOncePerPeriod(job, Duration.ofMinutes(10), ran::incrementAndGet);
		jobs.runOncePerPeriod(job, Duration.ofMinutes(10), ran::incrementAndGet);

		assertThat(ran).hasValue(1);
		assertThat(jdbc.sql("SELECT node || ' ' || outcome FROM job_runs WHERE job = ?").param(job).query(String.class).list())
			.containsExactly(node.value() + " SUCCEEDED");
		assertThat(jdbc.sql("SELECT locked_by FROM shedlock WHERE name = ?").param(job).query(String.class).single())
			.isEqualTo(node.value());
	}

	@Test
	void recordsAFailedRunWithItsError() {
		String job = unique("failing-job");

		assertThatThrownBy(() -> jobs.runOncePerPeriod(job, Duration.ofMinutes(10), () -> {
			throw new IllegalStateException("mail server down");
		})).hasMessage("mail server down");

		assertThat(jdbc.sql("SELECT outcome || ': ' || error FROM job_runs WHERE job = ? AND finished_at IS NOT NULL")
			.param(job)
			.query(String.class)
			.single()).isEqualTo("FAILED: java.lang.IllegalStateException: mail server down");
	}

	@Test
	void namesTheNodeByHostAndPortUnlessConfigured() {
		assertThat(node.value()).endsWith(":" + port);
	}
}
