package org.openprm.recruitment;

import java.time.Instant;

/**
 * One change of a partner's lifecycle stage and what caused it.
 */
public record LifecycleEntry(LifecycleStage stage, String cause, Instant at) {
}
