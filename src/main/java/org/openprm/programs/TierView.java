package org.openprm.programs;

import java.util.UUID;

/**
 * A tier of a programme; rank 1 is the lowest, higher ranks are better tiers.
 */
public record TierView(UUID id, UUID programId, String key, String name, int rank) {
}
