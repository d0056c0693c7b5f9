package org.openprm.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * A user as other modules and the API see it: never the password or invitation secrets.
 */
public record UserSummary(UUID id, String email, String displayName, Role role, JobRole jobRole, UUID partnerId,
		UserStatus status, Instant createdAt) {
}
