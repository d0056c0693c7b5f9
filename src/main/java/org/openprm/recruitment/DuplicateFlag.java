package org.openprm.recruitment;

import java.util.UUID;

/**
 * An existing partner or open application that the new application may duplicate; shown to the
 * reviewer, never merged.
 *
 * @param kind {@code PARTNER} or {@code APPLICATION}
 * @param reason {@code DOMAIN} (website or e-mail domain) or {@code NAME} (similar company name)
 */
public record DuplicateFlag(String kind, UUID recordId, String recordName, String reason) {
}
