package org.openprm.recruitment.web.onboarding;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.openprm.recruitment.OnboardingPlans;
import org.openprm.recruitment.OnboardingTaskKind;

/**
 * The onboarding plan editor: the programme whose plan it is (none: the default plan) and its steps in
 * order, each a kind and the title partners see.
 */
public class OnboardingPlanForm {

	private UUID programId;

	private List<StepForm> steps = new ArrayList<>();

	static OnboardingPlanForm of(UUID programId, List<OnboardingPlans.Step> steps) {
		OnboardingPlanForm form = new OnboardingPlanForm();
		form.programId = programId;
		steps.forEach(step -> form.steps.add(new StepForm(step.kind(), step.title())));
		return form;
	}

	List<OnboardingPlans.Step> toSteps() {
		return steps.stream().map(s -> new OnboardingPlans.Step(s.getKind(), s.getTitle())).toList();
	}

	public UUID getProgramId() {
		return programId;
	}

	public void setProgramId(UUID programId) {
		this.programId = programId;
	}

	public List<StepForm> getSteps() {
		return steps;
	}

	public void setSteps(List<StepForm> steps) {
		this.steps = steps;
	}

	public static class StepForm {

		private OnboardingTaskKind kind = OnboardingTaskKind.CUSTOM;

		private String title;

		public StepForm() {
		}

		StepForm(OnboardingTaskKind kind, String title) {
			this.kind = kind;
			this.title = title;
		}

		public OnboardingTaskKind getKind() {
			return kind;
		}

		public void setKind(OnboardingTaskKind kind) {
			this.kind = kind;
		}

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}
	}
}
