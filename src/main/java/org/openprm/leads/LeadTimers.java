package org.openprm.leads;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.openprm.cluster.ClusterJobs;
import org.openprm.identity.CurrentActor;
import org.openprm.leads.domain.Lead;
import org.openprm.leads.domain.LeadRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The lead SLAs, run once per period across the cluster: reminds partners before the acceptance window
 * ends, recalls and re-routes leads not accepted in time, nudges partners whose accepted leads have had
 * no status update for {@code stale-days}, and recalls those still without one {@code recall-after-nudge-days}
 * later. Each lead is handled in its own transaction and each step is marked, so a rerun repeats nothing.
 */
@Component
public class LeadTimers {

	private static final Set<LeadStatus> IN_PROGRESS = EnumSet.of(LeadStatus.ACCEPTED, LeadStatus.CONTACTED,
			LeadStatus.QUALIFIED);

	private static final Limit BATCH = Limit.of(500);

	private final LeadRepository leads;

	private final LeadRouter router;

	private final LeadSettings settings;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final ClusterJobs jobs;

	private final Clock clock;

	LeadTimers(LeadRepository leads, LeadRouter router, LeadSettings settings, ApplicationEventPublisher events,
			TransactionTemplate transaction, ClusterJobs jobs, Clock clock) {
		this.leads = leads;
		this.router = router;
		this.settings = settings;
		this.events = events;
		this.transaction = transaction;
		this.jobs = jobs;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${prm.leads.sla.interval:5m}", initialDelayString = "${prm.jobs.initial-delay:1m}")
	void tick() {
		jobs.runOncePerPeriod("lead-timers", settings.sla().interval(), () -> runAt(clock.instant()));
	}

	/** Everything that is due at {@code now}; tests call it with a time of their choosing. */
	public void runAt(Instant now) {
		CurrentActor.runAsSystem(() -> {
			each(leads.findByStatusAndAcceptRemindedFalseAndAcceptDueAtBefore(LeadStatus.OFFERED,
					now.plus(settings.sla().reminderBefore()), BATCH), lead -> remind(lead, now));
			each(leads.findByStatusAndAcceptDueAtBefore(LeadStatus.OFFERED, now, BATCH), lead -> {
				if (lead.status() == LeadStatus.OFFERED && lead.acceptDueAt().isBefore(now)) {
					router.reroute(lead, "RECALLED", "not accepted within the acceptance window", "system", now);
				}
			});
			Instant stale = now.minus(Duration.ofDays(settings.sla().staleDays()));
			each(leads.findByStatusInAndNudgedAtIsNullAndLastUpdateAtBefore(IN_PROGRESS, stale, BATCH), lead -> {
				if (lead.status().inProgress() && lead.nudgedAt() == null && lead.lastUpdateAt().isBefore(stale)) {
					lead.markNudged(now);
					events.publishEvent(new LeadNotice(lead.id(), lead.assignedPartnerId(), LeadNotice.Kind.NUDGE));
				}
			});
			Instant nudgedBefore = now.minus(Duration.ofDays(settings.sla().recallAfterNudgeDays()));
			each(leads.findByStatusInAndNudgedAtBefore(IN_PROGRESS, nudgedBefore, BATCH), lead -> {
				if (lead.status().inProgress() && lead.nudgedAt() != null && lead.nudgedAt().isBefore(nudgedBefore)) {
					router.reroute(lead, "RECALLED", "no status update after a reminder", "system", now);
				}
			});
			return null;
		});
	}

	private void remind(Lead lead, Instant now) {
		if (lead.status() != LeadStatus.OFFERED || lead.acceptReminded()) {
			return;
		}
		lead.markReminded();
		events.publishEvent(new LeadNotice(lead.id(), lead.assignedPartnerId(), LeadNotice.Kind.ACCEPT_REMINDER));
	}

	private void each(List<Lead> due, Consumer<Lead> step) {
		for (UUID id : due.stream().map(Lead::id).toList()) {
			try {
				transaction.executeWithoutResult(status -> leads.findById(id).ifPresent(step));
			}
			catch (OptimisticLockingFailureException changedMeanwhile) {
				// Changed at the same moment by a user or another node; the next run looks again.
			}
		}
	}
}
