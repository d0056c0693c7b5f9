package org.openprm.recruitment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.openprm.partners.PartnerType;

/**
 * An application as vendor staff see it, with its routing, deadline, duplicate flags and decision.
 */
public record ApplicationView(UUID id, String company, String website, String country, List<String> regions,
		PartnerType partnerType, String capabilities, String products, UUID programmeId, BigDecimal expectedYearlyVolume,
		String currency, String contactName, String contactEmail, String contactPhone, String consentText,
		ApplicationStatus status, UUID assigneeId, String assigneeName, String queue, Instant submittedAt,
		Instant reviewDueAt, boolean overdue, String question, String answer, String decisionReason, UUID partnerId,
		UUID approvedProgrammeId, UUID approvedTierId, List<DuplicateFlag> duplicates, long version) {

	public boolean flagged() {
		return !duplicates.isEmpty();
	}
}
