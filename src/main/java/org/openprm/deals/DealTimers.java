package org.openprm.deals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.openprm.cluster.ClusterJobs;
import org.openprm.deals.domain.DealJournal;
import org.openprm.deals.domain.DealRegistration;
import org.openprm.deals.domain.DealRegistrationRepository;
import org.openprm.identity.Actor;
import org.openprm.identity.CurrentActor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The deal rules that run on time: reminds channel managers of undecided registrations, escalates
 * those past the approval deadline, reminds partners before protection ends (14 and 3 days by
 * default) and expires registrations whose protection ended. Each registration is handled in its own
 * transaction, and each step marks what it did, so a second node or a rerun sends nothing twice.
 */
@Component
public class DealTimers {

	private static final List<DealStatus> UNDECIDED = List.of(DealStatus.SUBMITTED, DealStatus.IN_REVIEW);

	private static final Limit BATCH = Limit.of(500);

	private final DealRegistrationRepository registrations;

	private final DealManagement deals;

	private final DealJournal journal;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final DealSettings settings;

	private final Clock clock;

	private final ClusterJobs jobs;

	private final Duration interval;

	DealTimers(DealRegistrationRepository registrations, DealManagement deals, DealJournal journal,
			ApplicationEventPublisher events, TransactionTemplate transaction, DealSettings settings, Clock clock,
			ClusterJobs jobs, @Value("${prm.deals.timer-interval:5m}") Duration interval) {
		this.jobs = jobs;
		this.interval = interval;
		this.registrations = registrations;
		this.deals = deals;
		this.journal = journal;
		this.events = events;
		this.transaction = transaction;
		this.settings = settings;
		this.clock = clock;
	}

	/** One node per period sends the reminders and expires registrations (the others skip it). */
	@Scheduled(fixedDelayString = "${prm.deals.timer-interval:5m}", initialDelayString = "${prm.jobs.initial-delay:1m}")
	void tick() {
		jobs.runOncePerPeriod("deal-timers", interval, () -> runAt(clock.instant()));
	}

	/** Everything that is due at {@code now}; tests call it with a time of their choosing. */
	public void runAt(Instant now) {
		CurrentActor.runAsSystem(() -> {
			Duration beforeDeadline = settings.approvalDeadline().minus(settings.approvalReminder());
			each(registrations.findByStatusInAndReviewRemindedFalseAndReviewDueAtBefore(UNDECIDED,
					now.plus(beforeDeadline), BATCH), r -> remindReviewer(r, now));
			each(registrations.findByStatusInAndReviewEscalatedFalseAndReviewDueAtBefore(UNDECIDED, now, BATCH),
					r -> escalate(r, now));
			List<Integer> days = settings.expiryReminderDays().stream().sorted((a, b) -> b - a).toList();
			for (int level = 0; level < days.size(); level++) {
				int sent = level + 1;
				each(registrations.findByStatusAndExpiryRemindersSentLessThanAndProtectedUntilBefore(DealStatus.APPROVED,
						sent, now.plus(Duration.ofDays(days.get(level))), BATCH), r -> remindPartner(r, sent, now));
			}
			each(registrations.findByStatusAndProtectedUntilBefore(DealStatus.APPROVED, now, BATCH),
					r -> deals.expire(r, now));
			return null;
		});
	}

	private void remindReviewer(DealRegistration registration, Instant now) {
		if (registration.reviewReminded() || !registration.status().awaitsDecision()) {
			return;
		}
		registration.markReviewReminded();
		journal.note(registration, Actor.SYSTEM, "reminder", "approval deadline " + registration.reviewDueAt(), now);
		events.publishEvent(new DealNotice(registration.id(), DealNotice.Kind.REVIEW_REMINDER, null));
	}

	private void escalate(DealRegistration registration, Instant now) {
		if (registration.reviewEscalated() || !registration.status().awaitsDecision()) {
			return;
		}
		registration.markReviewReminded();
		registration.markReviewEscalated();
		journal.note(registration, Actor.SYSTEM, "escalation", "approval deadline passed " + registration.reviewDueAt(), now);
		events.publishEvent(new DealNotice(registration.id(), DealNotice.Kind.REVIEW_ESCALATION, null));
	}

	private void remindPartner(DealRegistration registration, int sent, Instant now) {
		if (registration.status() != DealStatus.APPROVED || registration.expiryRemindersSent() >= sent
				|| !registration.protectedUntil().isAfter(now)) {
			return;
		}
		registration.markExpiryRemindersSent(sent);
		journal.note(registration, Actor.SYSTEM, "reminder", "protection ends " + registration.protectedUntil(), now);
		events.publishEvent(new DealNotice(registration.id(), DealNotice.Kind.EXPIRY_REMINDER,
				registration.protectedUntil().toString()));
	}

	/** Re-reads each registration in its own transaction, so a concurrent change is seen, not overwritten. */
	private void each(List<DealRegistration> due, Consumer<DealRegistration> step) {
		for (UUID id : due.stream().map(DealRegistration::id).toList()) {
			try {
				transaction.executeWithoutResult(status -> registrations.findById(id).ifPresent(step));
			}
			catch (OptimisticLockingFailureException changedMeanwhile) {
				// Someone changed it at the same moment (another node's run, a user); the next run looks again.
			}
		}
	}
}
