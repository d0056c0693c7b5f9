package org.openprm.deals;

import java.time.Instant;
import java.util.UUID;

/**
 * A file attached to a deal registration, without its bytes.
 *
 * @param mediaType the type detected from the content, never the one the uploader declared
 * @param sha256 the hex SHA-256 of the content, so both sides can tell they mean the same file
 */
public record DealAttachment(UUID id, UUID registrationId, String fileName, String mediaType, long size, String sha256,
		UUID uploadedBy, String uploadedByName, boolean uploadedByVendor, Instant uploadedAt) {
}
