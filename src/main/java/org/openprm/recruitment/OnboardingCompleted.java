package org.openprm.recruitment;

import java.time.Instant;
import java.util.UUID;

/**
 * A partner completed every task of its onboarding checklist for a programme.
 */
public record OnboardingCompleted(UUID partnerId, UUID programId, Instant at) {
}
