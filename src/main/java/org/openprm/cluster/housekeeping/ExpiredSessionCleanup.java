package org.openprm.cluster.housekeeping;

import java.time.Duration;

import org.openprm.cluster.ClusterJobs;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes expired browser sessions once per period across all nodes. Spring Session's own clean-up
 * would run on every node; {@code cluster.sessions.SharedSessionStore} switches it off.
 */
@Component
class ExpiredSessionCleanup {

	private final ClusterJobs jobs;

	private final JdbcIndexedSessionRepository sessions;

	private final Duration interval;

	ExpiredSessionCleanup(ClusterJobs jobs, JdbcIndexedSessionRepository sessions,
			@Value("${prm.sessions.cleanup-interval:1m}") Duration interval) {
		this.jobs = jobs;
		this.sessions = sessions;
		this.interval = interval;
	}

	@Scheduled(fixedDelayString = "${prm.sessions.cleanup-interval:1m}", initialDelayString = "${prm.jobs.initial-delay:1m}")
	void removeExpiredSessions() {
		jobs.runOncePerPeriod("session-cleanup", interval, sessions::cleanUpExpiredSessions);
	}
}
