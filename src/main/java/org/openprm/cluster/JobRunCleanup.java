package org.openprm.cluster;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code job_runs} small: runs older than {@code prm.jobs.run-retention} (default 7 days) go.
 */
@Component
class JobRunCleanup {

	private final ClusterJobs jobs;

	private final JobRuns runs;

	private final Duration interval;

	private final Duration retention;

	JobRunCleanup(ClusterJobs jobs, JobRuns runs, @Value("${prm.jobs.run-cleanup-interval:1h}") Duration interval,
			@Value("${prm.jobs.run-retention:7d}") Duration retention) {
		this.jobs = jobs;
		this.runs = runs;
		this.interval = interval;
		this.retention = retention;
	}

	@Scheduled(fixedDelayString = "${prm.jobs.run-cleanup-interval:1h}", initialDelayString = "${prm.jobs.initial-delay:1m}")
	void forgetOldRuns() {
		jobs.runOncePerPeriod("job-run-cleanup", interval, () -> runs.forgetRunsOlderThan(retention));
	}
}
