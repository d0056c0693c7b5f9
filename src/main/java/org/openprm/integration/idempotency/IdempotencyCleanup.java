package org.openprm.integration.idempotency;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.openprm.cluster.ClusterJobs;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets idempotency records after their retention period (default 24 hours), as clients retry
 * within minutes. Runs on one node per period.
 */
@Component
class IdempotencyCleanup {

	private final ClusterJobs jobs;

	private final JdbcClient jdbc;

	private final Duration retention;

	private final Duration interval;

	IdempotencyCleanup(ClusterJobs jobs, JdbcClient jdbc,
			@Value("${prm.api.idempotency-retention:24h}") Duration retention,
			@Value("${prm.api.idempotency-cleanup-interval:1h}") Duration interval) {
		this.jobs = jobs;
		this.jdbc = jdbc;
		this.retention = retention;
		this.interval = interval;
	}

	@Scheduled(fixedDelayString = "${prm.api.idempotency-cleanup-interval:1h}", initialDelayString = "${prm.jobs.initial-delay:1m}")
	void forgetOldRecords() {
		jobs.runOncePerPeriod("idempotency-cleanup", interval, this::deleteExpired);
	}

	private void deleteExpired() {
		jdbc.sql("DELETE FROM idempotency_records WHERE created_at < ?")
			.param(Timestamp.from(Instant.now().minus(retention)))
			.update();
	}
}
