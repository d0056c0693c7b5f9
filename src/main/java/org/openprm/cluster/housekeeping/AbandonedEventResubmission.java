package org.openprm.cluster.housekeeping;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.openprm.cluster.ClusterJobs;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands module events whose handling was abandoned to their listener again, once per cluster. A
 * publication is abandoned when its listener failed, or when it is still not completed
 * {@code prm.events.resubmit-after} (default 5 minutes) after it was published or resubmitted: the
 * node handling it died. Resubmitting on restart instead would let a restarting node take events
 * that another node is handling right now. Modulith claims each publication with a conditional
 * update; the job's cluster-wide lock makes sure that only one node looks for candidates at a time,
 * so a publication another node just claimed and started is not claimed twice.
 */
@Component
class AbandonedEventResubmission {

	private final ClusterJobs jobs;

	private final IncompleteEventPublications publications;

	private final JdbcClient jdbc;

	private final Duration interval;

	private final Duration resubmitAfter;

	AbandonedEventResubmission(ClusterJobs jobs, IncompleteEventPublications publications, JdbcClient jdbc,
			@Value("${prm.events.resubmission-interval:1m}") Duration interval,
			@Value("${prm.events.resubmit-after:5m}") Duration resubmitAfter) {
		this.jobs = jobs;
		this.publications = publications;
		this.jdbc = jdbc;
		this.interval = interval;
		this.resubmitAfter = resubmitAfter;
	}

	@Scheduled(fixedDelayString = "${prm.events.resubmission-interval:1m}", initialDelayString = "${prm.jobs.initial-delay:1m}")
	void resubmitAbandoned() {
		jobs.runOncePerPeriod("event-resubmission", interval, this::resubmit);
	}

	private void resubmit() {
		Instant cutoff = Instant.now().minus(resubmitAfter);
		releaseDeadResubmissions(cutoff);
		publications.resubmitIncompletePublications(publication -> abandoned(publication, cutoff));
	}

	/** A resubmitted publication is never claimed again; if its node died, it must become claimable. */
	private void releaseDeadResubmissions(Instant cutoff) {
		jdbc.sql("UPDATE event_publication SET status = 'FAILED' WHERE status = 'RESUBMITTED' AND last_resubmission_date < ?")
			.param(Timestamp.from(cutoff))
			.update();
	}

	static boolean abandoned(EventPublication publication, Instant cutoff) {
		return switch (publication.getStatus()) {
			case FAILED -> true;
			case PUBLISHED, PROCESSING -> lastAttempt(publication).isBefore(cutoff);
			case RESUBMITTED, COMPLETED -> false;
		};
	}

	/** A resubmitted publication is PROCESSING again while its listener runs; its clock restarts then. */
	private static Instant lastAttempt(EventPublication publication) {
		Instant resubmitted = publication.getLastResubmissionDate();
		Instant published = publication.getPublicationDate();
		return resubmitted != null && resubmitted.isAfter(published) ? resubmitted : published;
	}
}
