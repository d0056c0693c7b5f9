package org.openprm.recruitment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A partner's onboarding checklist for one programme, with its progress.
 */
public record OnboardingChecklistView(UUID id, UUID partnerId, UUID programId, Instant enrolledAt, Instant completedAt,
		List<OnboardingTaskView> tasks) {

	public long doneCount() {
		return tasks.stream().filter(OnboardingTaskView::done).count();
	}

	/** Share of tasks done, 0 to 100. */
	public int percent() {
		return tasks.isEmpty() ? 100 : (int) (doneCount() * 100 / tasks.size());
	}
}
