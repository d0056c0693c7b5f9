package org.openprm.recruitment;

import java.time.Instant;

/**
 * One step of an application's history: who did what, when.
 */
public record ApplicationHistoryEntry(Instant at, String actor, String action, String detail) {
}
