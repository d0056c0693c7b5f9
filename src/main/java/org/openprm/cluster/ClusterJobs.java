package org.openprm.cluster;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Runs a scheduled job once per period across all nodes. Every node schedules every job; the one
 * that takes the job's lock (a ShedLock row, timed by the database's clock) runs it and keeps the
 * lock for at least one period, so the others skip it until the next period. Every run is recorded
 * in {@code job_runs}.
 */
@Component
public class ClusterJobs {

	private final Supplier<LockProvider> locks;

	private final JobRuns runs;

	private final NodeId node;

	private final Duration maxRunTime;

	ClusterJobs(DataSource dataSource, JobRuns runs, NodeId node,
			@Value("${prm.jobs.max-run-time:10m}") Duration maxRunTime) {
		this.runs = runs;
		this.node = node;
		this.maxRunTime = maxRunTime;
		// Built on first use: the lock rows name this node, whose port is known only once the server runs.
		this.locks = SingletonSupplier.of(() -> new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration
			.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.withLockedByValue(node.value())
			.build()));
	}

	/**
	 * Runs {@code task} here, unless another node runs it right now or ran it less than
	 * {@code period} ago. Call it from a {@code @Scheduled} method with the same period.
	 */
	public void runOncePerPeriod(String job, Duration period, Runnable task) {
		// A node that dies while running the job holds its lock until this passes.
		Duration lockAtMostFor = maxRunTime.compareTo(period) > 0 ? maxRunTime : period;
		Optional<SimpleLock> lock = locks.get().lock(new LockConfiguration(ClockProvider.now(), job, lockAtMostFor, period));
		if (lock.isEmpty()) {
			return;
		}
		try {
			runs.record(job, node.value(), task);
		}
		finally {
			lock.get().unlock();
		}
	}
}
