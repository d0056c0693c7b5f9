package org.openprm.recruitment;

import java.time.Instant;
import java.util.UUID;

/**
 * One task of a partner's onboarding checklist.
 */
public record OnboardingTaskView(UUID id, int position, OnboardingTaskKind kind, String title, Instant completedAt,
		String completedBy) {

	public boolean done() {
		return completedAt != null;
	}
}
