package org.openprm.recruitment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.openprm.identity.Actor;
import org.openprm.identity.CurrentActor;
import org.openprm.identity.Visibility;
import org.openprm.partners.PartnerManagement;
import org.openprm.recruitment.onboarding.OnboardingFacts;
import org.openprm.recruitment.domain.onboarding.OnboardingChecklist;
import org.openprm.recruitment.domain.onboarding.OnboardingChecklistRepository;
import org.openprm.recruitment.domain.onboarding.OnboardingPlanTask;
import org.openprm.shared.IllegalTransition;
import org.openprm.shared.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partners' onboarding checklists: created when a partner is enrolled in a programme (from the programme's
 * plan, or the default plan), ticked automatically as the facts happen or by hand for manual tasks, and
 * {@link OnboardingCompleted} once every task is done. Reads go through the caller's visibility scope.
 */
@Service
@Transactional
public class OnboardingChecklists {

	static final String CHECKLIST = "OnboardingChecklist";

	static final String TASK = "OnboardingTask";

	private final OnboardingChecklistRepository checklists;

	private final OnboardingPlans plans;

	private final OnboardingFacts facts;

	private final PartnerManagement partners;

	private final Visibility visibility;

	private final CurrentActor actors;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OnboardingChecklists(OnboardingChecklistRepository checklists, OnboardingPlans plans, OnboardingFacts facts,
			PartnerManagement partners, Visibility visibility, CurrentActor actors, ApplicationEventPublisher events, Clock clock) {
		this.checklists = checklists;
		this.plans = plans;
		this.facts = facts;
		this.partners = partners;
		this.visibility = visibility;
		this.actors = actors;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Creates the partner's checklist for a programme (once; a second enrolment keeps the first checklist)
	 * and ticks what already holds: accepted agreements, a complete profile, colleagues.
	 */
	public OnboardingChecklistView start(UUID partnerId, UUID programId, Instant enrolledAt) {
		return checklists.findByPartnerIdAndProgramId(partnerId, programId).map(OnboardingChecklist::toView)
			.orElseGet(() -> {
				List<OnboardingPlanTask> plan = plans.tasksFor(programId);
				OnboardingChecklist checklist = checklists.save(new OnboardingChecklist(partnerId, programId, enrolledAt, plan));
				Instant now = clock.instant();
				if (facts.agreementsAccepted(partnerId)) {
					complete(checklist, OnboardingTaskKind.ACCEPT_AGREEMENT, now);
				}
				if (facts.profileComplete(partnerId)) {
					complete(checklist, OnboardingTaskKind.COMPLETE_PROFILE, now);
				}
				if (facts.hasColleagues(partnerId)) {
					complete(checklist, OnboardingTaskKind.INVITE_COLLEAGUES, now);
				}
				return checklist.toView();
			});
	}

	/** The partner's checklists, one per programme it is enrolled in. */
	@Transactional(readOnly = true)
	public List<OnboardingChecklistView> checklists(UUID partnerId) {
		partners.partner(partnerId);
		return checklists.findByPartnerIdOrderByEnrolledAtAsc(partnerId).stream().map(OnboardingChecklist::toView).toList();
	}

	/** Ticks a manual task (custom or course) by hand: the partner's own people or vendor staff. */
	public OnboardingChecklistView completeTask(UUID partnerId, UUID taskId) {
		OnboardingChecklist checklist = checklistOfTask(partnerId, taskId);
		visibility.requireWrite(TASK, taskId, partnerId);
		OnboardingTaskKind kind = checklist.task(taskId).orElseThrow().kind();
		if (!kind.manual()) {
			throw new IllegalTransition("An onboarding task of kind " + kind, "open", "done by hand");
		}
		Actor actor = actors.get();
		if (checklist.completeTask(taskId, actor.email(), clock.instant())) {
			completed(checklist);
		}
		return checklist.toView();
	}

	/** Ticks the partner's open tasks of a kind in every checklist, now. */
	public void completeKind(UUID partnerId, OnboardingTaskKind kind) {
		completeKind(partnerId, kind, clock.instant());
	}

	/** Ticks the partner's open tasks of a kind in every checklist; for the facts other modules report. */
	public void completeKind(UUID partnerId, OnboardingTaskKind kind, Instant at) {
		checklists.findByPartnerIdOrderByEnrolledAtAsc(partnerId).forEach(checklist -> complete(checklist, kind, at));
	}

	private void complete(OnboardingChecklist checklist, OnboardingTaskKind kind, Instant at) {
		if (checklist.complete(kind, "system", at)) {
			completed(checklist);
		}
	}

	private void completed(OnboardingChecklist checklist) {
		events.publishEvent(new OnboardingCompleted(checklist.partnerId(), checklist.programId(), checklist.completedAt()));
	}

	private OnboardingChecklist checklistOfTask(UUID partnerId, UUID taskId) {
		OnboardingChecklist checklist = checklists.findByPartnerIdOrderByEnrolledAtAsc(partnerId).stream()
			.filter(c -> c.task(taskId).isPresent()).findFirst().orElse(null);
		return visibility.readable(TASK, taskId, java.util.Optional.ofNullable(checklist), OnboardingChecklist::partnerId);
	}
}
