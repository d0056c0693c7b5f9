package org.openprm.recruitment;

import java.time.Instant;
import java.util.UUID;

/**
 * A partner's onboarding progress as vendor staff see it; {@code stuck} when no task was completed for
 * the configured number of days ({@code prm.onboarding.stuck-days}).
 */
public record OnboardingProgress(UUID checklistId, UUID partnerId, String partnerName, UUID programId,
		Instant enrolledAt, int done, int total, Instant lastProgressAt, Instant completedAt, boolean stuck) {

	public int percent() {
		return total == 0 ? 100 : done * 100 / total;
	}
}
