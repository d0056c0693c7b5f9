package org.openprm.deals;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a deal's timeline: who did what when; for field changes the value before and after.
 *
 * @param kind created, field, status, comment, conflict, extension or credit
 */
public record TimelineEntry(UUID id, Instant at, UUID actorId, String actorName, String kind, String field,
		String before, String after, String note) {
}
