package org.openprm.programs;

import java.time.Instant;
import java.util.UUID;

/**
 * A segment with its rule and how many partners it holds right now.
 */
public record SegmentView(UUID id, String name, String description, SegmentRule rule, long memberCount,
		Instant createdAt, Instant updatedAt, long version) {
}
