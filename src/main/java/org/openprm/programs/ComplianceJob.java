package org.openprm.programs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.openprm.cluster.ClusterJobs;
import org.openprm.identity.CurrentActor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly tier evaluation: one node per day evaluates every membership (the others skip it).
 */
@Component
public class ComplianceJob {

	private final ClusterJobs jobs;

	private final TierCompliance compliance;

	private final Clock clock;

	ComplianceJob(ClusterJobs jobs, TierCompliance compliance, Clock clock) {
		this.jobs = jobs;
		this.compliance = compliance;
		this.clock = clock;
	}

	@Scheduled(cron = "${prm.programs.evaluation-cron:0 30 2 * * *}", zone = "${prm.programs.evaluation-zone:UTC}")
	void nightly() {
		jobs.runOncePerPeriod("tier-compliance", Duration.ofHours(20), () -> runAt(clock.instant()));
	}

	/** Evaluates everything as of {@code now}; tests call it with a time of their choosing. */
	public EvaluationSummary runAt(Instant now) {
		return CurrentActor.runAsSystem(() -> compliance.evaluateAllAt(now));
	}
}
