package org.openprm.recruitment.domain.onboarding;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.openprm.recruitment.OnboardingChecklistView;
import org.openprm.recruitment.OnboardingTaskKind;

/**
 * A partner's onboarding checklist for one programme: the plan's tasks, ticked as the partner gets going.
 * It is complete when every task is done.
 */
@Entity
@Table(name = "onboarding_checklists")
public class OnboardingChecklist {

	@Id
	private UUID id;

	private UUID partnerId;

	private UUID programId;

	private Instant enrolledAt;

	private Instant lastProgressAt;

	private Instant completedAt;

	private Instant firstDealAt;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "checklist_id", referencedColumnName = "id", insertable = false, updatable = false)
	private List<OnboardingTask> tasks = new ArrayList<>();

	protected OnboardingChecklist() {
	}

	public OnboardingChecklist(UUID partnerId, UUID programId, Instant enrolledAt, List<OnboardingPlanTask> plan) {
		this.id = UUID.randomUUID();
		this.partnerId = partnerId;
		this.programId = programId;
		this.enrolledAt = enrolledAt;
		this.lastProgressAt = enrolledAt;
		plan.forEach(step -> tasks.add(new OnboardingTask(id, step.position(), step.kind(), step.title())));
	}

	/** Completes the open tasks of a kind; true when that finished the whole checklist just now. */
	public boolean complete(OnboardingTaskKind kind, String by, Instant at) {
		boolean changed = false;
		for (OnboardingTask task : tasks) {
			if (task.kind() == kind) {
				changed |= task.complete(by, at);
			}
		}
		if (kind == OnboardingTaskKind.REGISTER_FIRST_DEAL && firstDealAt == null) {
			firstDealAt = at;
		}
		return changed && progressed(at);
	}

	/** Completes one task; true when that finished the whole checklist just now. */
	public boolean completeTask(UUID taskId, String by, Instant at) {
		OnboardingTask task = task(taskId).orElseThrow();
		return task.complete(by, at) && progressed(at);
	}

	public Optional<OnboardingTask> task(UUID taskId) {
		return tasks.stream().filter(t -> t.id().equals(taskId)).findFirst();
	}

	private boolean progressed(Instant at) {
		lastProgressAt = at;
		if (completedAt == null && tasks.stream().allMatch(OnboardingTask::done)) {
			completedAt = at;
			return true;
		}
		return false;
	}

	public UUID id() {
		return id;
	}

	public UUID partnerId() {
		return partnerId;
	}

	public UUID programId() {
		return programId;
	}

	public Instant completedAt() {
		return completedAt;
	}

	public OnboardingChecklistView toView() {
		return new OnboardingChecklistView(id, partnerId, programId, enrolledAt, completedAt,
				tasks.stream().sorted(Comparator.comparingInt(OnboardingTask::position)).map(OnboardingTask::toView).toList());
	}
}
