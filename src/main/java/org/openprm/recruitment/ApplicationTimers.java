package org.openprm.recruitment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.openprm.cluster.ClusterJobs;
import org.openprm.identity.CurrentActor;
import org.openprm.recruitment.domain.ApplicationRepository;
import org.openprm.recruitment.domain.HistoryRecord;
import org.openprm.recruitment.domain.HistoryRepository;
import org.openprm.recruitment.domain.PartnerApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The review deadline on time: reminds the assignee of an undecided application (at 75% of the review
 * time by default) and escalates to vendor admins once the deadline passed. Each application is handled
 * in its own transaction and marked, so a second node or a rerun sends nothing twice.
 */
@Component
public class ApplicationTimers {

	private static final Limit BATCH = Limit.of(500);

	private final ApplicationRepository applications;

	private final HistoryRepository history;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final RecruitmentSettings settings;

	private final ClusterJobs jobs;

	private final Clock clock;

	ApplicationTimers(ApplicationRepository applications, HistoryRepository history, ApplicationEventPublisher events,
			TransactionTemplate transaction, RecruitmentSettings settings, ClusterJobs jobs, Clock clock) {
		this.applications = applications;
		this.history = history;
		this.events = events;
		this.transaction = transaction;
		this.settings = settings;
		this.jobs = jobs;
		this.clock = clock;
	}

	/** One node per period sends the reminders and escalations (the others skip it). */
	@Scheduled(fixedDelayString = "${prm.recruitment.timer-interval:5m}", initialDelayString = "${prm.jobs.initial-delay:1m}")
	void tick() {
		jobs.runOncePerPeriod("application-timers", settings.timerInterval(), () -> runAt(clock.instant()));
	}

	/** Everything due at {@code now}; tests call it with a time of their choosing. */
	public void runAt(Instant now) {
		CurrentActor.runAsSystem(() -> {
			each(applications.findByStatusAndRemindedFalseAndReminderDueAtBefore(ApplicationStatus.IN_REVIEW, now, BATCH),
					a -> remind(a, now));
			each(applications.findByStatusAndEscalatedFalseAndReviewDueAtBefore(ApplicationStatus.IN_REVIEW, now, BATCH),
					a -> escalate(a, now));
			return null;
		});
	}

	private void remind(PartnerApplication application, Instant now) {
		if (application.reminded() || application.status() != ApplicationStatus.IN_REVIEW) {
			return;
		}
		application.markReminded();
		history.save(new HistoryRecord(application.id(), now, "system", "reminder",
				"review due " + application.reviewDueAt()));
		events.publishEvent(new ApplicationNotice(application.id(), ApplicationNotice.Kind.REVIEW_REMINDER, null));
	}

	private void escalate(PartnerApplication application, Instant now) {
		if (application.escalated() || application.status() != ApplicationStatus.IN_REVIEW) {
			return;
		}
		application.markEscalated();
		history.save(new HistoryRecord(application.id(), now, "system", "escalation",
				"review deadline passed " + application.reviewDueAt()));
		events.publishEvent(new ApplicationNotice(application.id(), ApplicationNotice.Kind.REVIEW_ESCALATION, null));
	}

	/** Re-reads each application in its own transaction, so a concurrent change is seen, not overwritten. */
	private void each(List<PartnerApplication> due, Consumer<PartnerApplication> step) {
		for (UUID id : due.stream().map(PartnerApplication::id).toList()) {
			try {
				transaction.executeWithoutResult(status -> applications.findById(id).ifPresent(step));
			}
			catch (OptimisticLockingFailureException changedMeanwhile) {
				// Someone decided at the same moment; the next run looks again.
			}
		}
	}
}
