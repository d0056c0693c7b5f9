package org.openprm.cluster;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code job_runs} table: which node ran which job, when, and how it ended. Times come from the
 * database's clock, like the job locks, so runs on different nodes compare.
 */
@Component
class JobRuns {

	private static final int MAX_ERROR_LENGTH = 1000;

	private final JdbcClient jdbc;

	JobRuns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(String job, String node, Runnable task) {
		UUID run = UUID.randomUUID();
		jdbc.sql("INSERT INTO job_runs (id, job, node, started_at, outcome) VALUES (?, ?, ?, CURRENT_TIMESTAMP, 'RUNNING')")
			.params(run, job, node)
			.update();
		try {
			task.run();
		}
		catch (RuntimeException ex) {
			finish(run, "FAILED", String.valueOf(ex));
			throw ex;
		}
		finish(run, "SUCCEEDED", null);
	}

	private void finish(UUID run, String outcome, String error) {
		String shortError = error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
		jdbc.sql("UPDATE job_runs SET finished_at = CURRENT_TIMESTAMP, outcome = ?, error = ? WHERE id = ?")
			.params(outcome, shortError, run)
			.update();
	}

	int forgetRunsOlderThan(Duration retention) {
		return jdbc.sql("DELETE FROM job_runs WHERE started_at < ?")
			.param(Timestamp.from(Instant.now().minus(retention)))
			.update();
	}
}
