package org.openprm.recruitment.domain.onboarding;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.openprm.recruitment.OnboardingTaskKind;

/**
 * One task of a programme's onboarding plan; a plan without programme is the default for every programme.
 */
@Entity
@Table(name = "onboarding_plan_tasks")
public class OnboardingPlanTask {

	@Id
	private UUID id;

	private UUID programId;

	private int position;

	@Enumerated(EnumType.STRING)
	private OnboardingTaskKind kind;

	private String title;

	protected OnboardingPlanTask() {
	}

	public OnboardingPlanTask(UUID programId, int position, OnboardingTaskKind kind, String title) {
		this.id = UUID.randomUUID();
		this.programId = programId;
		this.position = position;
		this.kind = kind;
		this.title = title;
	}

	public int position() {
		return position;
	}

	public OnboardingTaskKind kind() {
		return kind;
	}

	public String title() {
		return title;
	}
}
