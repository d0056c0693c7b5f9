package org.openprm.recruitment.domain.onboarding;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.openprm.recruitment.OnboardingTaskKind;
import org.openprm.recruitment.OnboardingTaskView;

/**
 * A task of a partner's checklist, copied from the plan when the checklist was created.
 */
@Entity
@Table(name = "onboarding_tasks")
public class OnboardingTask {

	@Id
	private UUID id;

	@Column(name = "checklist_id")
	private UUID checklistId;

	private int position;

	@Enumerated(EnumType.STRING)
	private OnboardingTaskKind kind;

	private String title;

	private Instant completedAt;

	private String completedBy;

	protected OnboardingTask() {
	}

	OnboardingTask(UUID checklistId, int position, OnboardingTaskKind kind, String title) {
		this.id = UUID.randomUUID();
		this.checklistId = checklistId;
		this.position = position;
		this.kind = kind;
		this.title = title;
	}

	/** Completes the task; false when it was done already (the first completion counts). */
	boolean complete(String by, Instant at) {
		if (completedAt != null) {
			return false;
		}
		this.completedAt = at;
		this.completedBy = by;
		return true;
	}

	public UUID id() {
		return id;
	}

	public OnboardingTaskKind kind() {
		return kind;
	}

	public boolean done() {
		return completedAt != null;
	}

	public int position() {
		return position;
	}

	public OnboardingTaskView toView() {
		return new OnboardingTaskView(id, position, kind, title, completedAt, completedBy);
	}
}
