package org.openprm.recruitment;

import java.time.Instant;
import java.util.UUID;

/**
 * A new application arrived (honeypot submissions never do).
 */
public record ApplicationReceived(UUID applicationId, String company, Instant receivedAt) {
}
