package org.openprm.programs;

import java.time.Instant;
import java.util.UUID;

/**
 * A partner's acceptance of an agreement version, with what is kept as evidence.
 */
public record AgreementAcceptanceView(UUID id, UUID partnerId, String partnerName, UUID templateId,
		UUID templateVersionId, int versionNumber, String title, String fullName, UUID acceptedBy, String acceptedByEmail,
		String ipAddress, String textSha256, Instant acceptedAt, String countersignedBy, Instant countersignedAt) {
}
