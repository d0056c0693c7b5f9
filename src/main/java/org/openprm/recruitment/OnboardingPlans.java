package org.openprm.recruitment;

import java.util.List;
import java.util.UUID;

import org.openprm.identity.Visibility;
import org.openprm.recruitment.domain.onboarding.OnboardingPlanTask;
import org.openprm.recruitment.domain.onboarding.OnboardingPlanTaskRepository;
import org.openprm.shared.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Onboarding plans: the ordered tasks a programme gives its new partners. A programme without a plan of
 * its own uses the default plan.
 */
@Service
@Transactional
public class OnboardingPlans {

	private final OnboardingPlanTaskRepository tasks;

	private final Visibility visibility;

	OnboardingPlans(OnboardingPlanTaskRepository tasks, Visibility visibility) {
		this.tasks = tasks;
		this.visibility = visibility;
	}

	/** One step of a plan as vendor staff define it. */
	public record Step(OnboardingTaskKind kind, String title) {
	}

	/** The steps of a programme's plan (its own, or the default); {@code programId} null: the default plan. */
	@Transactional(readOnly = true)
	public List<Step> plan(UUID programId) {
		requireVendor(programId);
		return tasksFor(programId).stream().map(t -> new Step(t.kind(), t.title())).toList();
	}

	/** Replaces a programme's plan (or, with {@code programId} null, the default plan); partners enrolled later get it. */
	public void define(UUID programId, List<Step> steps) {
		requireVendor(programId);
		for (int i = 0; i < steps.size(); i++) {
			Step step = steps.get(i);
			if (step.kind() == null) {
				throw InvalidInput.of("steps[" + i + "].kind", "is required", "required");
			}
			if (step.title() == null || step.title().isBlank() || step.title().length() > 200) {
				throw InvalidInput.of("steps[" + i + "].title", "is required (at most 200 characters)", "required");
			}
		}
		if (programId == null) {
			tasks.deleteByProgramIdIsNull();
		}
		else {
			tasks.deleteByProgramId(programId);
		}
		tasks.flush();
		for (int i = 0; i < steps.size(); i++) {
			tasks.save(new OnboardingPlanTask(programId, i + 1, steps.get(i).kind(), steps.get(i).title().strip()));
		}
	}

	/** Plans are the vendor's: partners get 404 as if there were none. */
	public void requireVendor(UUID programId) {
		visibility.requireVendor("OnboardingPlan", programId == null ? "default" : programId);
	}

	/** The plan a vendor gets before defining one: every fact the checklist can tick by itself. */
	public static final List<Step> BUILT_IN = List.of(new Step(OnboardingTaskKind.ACCEPT_AGREEMENT, "Accept the partner agreement"),
			new Step(OnboardingTaskKind.COMPLETE_PROFILE, "Complete your organisation's profile"),
			new Step(OnboardingTaskKind.INVITE_COLLEAGUES, "Invite a colleague"),
			new Step(OnboardingTaskKind.REGISTER_FIRST_DEAL, "Register your first deal"));

	List<OnboardingPlanTask> tasksFor(UUID programId) {
		List<OnboardingPlanTask> own = programId == null ? List.of() : tasks.findByProgramIdOrderByPositionAsc(programId);
		List<OnboardingPlanTask> plan = own.isEmpty() ? tasks.findByProgramIdIsNullOrderByPositionAsc() : own;
		if (plan.isEmpty()) {
			List<OnboardingPlanTask> builtIn = new java.util.ArrayList<>();
			for (int i = 0; i < BUILT_IN.size(); i++) {
				builtIn.add(new OnboardingPlanTask(null, i + 1, BUILT_IN.get(i).kind(), BUILT_IN.get(i).title()));
			}
			return builtIn;
		}
		return plan;
	}
}
