package org.openprm.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * An API token as listed in the user's settings: its name and dates, never the secret.
 */
public record TokenSummary(UUID id, String name, String prefix, Instant createdAt, Instant expiresAt,
		Instant lastUsedAt, Instant revokedAt) {

	public boolean active() {
		return revokedAt == null && Instant.now().isBefore(expiresAt);
	}
}
