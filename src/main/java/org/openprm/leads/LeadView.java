package org.openprm.leads;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A lead as its reader may see it.
 */
public record LeadView(UUID id, String company, String contactName, String email, String phone, String country,
		String region, String postalCode, Double latitude, Double longitude, List<String> productInterest, String source,
		Integer companySize, BigDecimal estimatedValue, String currency, UUID programId, int score, String grade,
		boolean highValue, String supportOffer, LeadStatus status, String statusReason, UUID duplicateOf,
		UUID linkedRegistrationId, UUID assignedPartnerId, String assignedPartnerName, Instant offeredAt,
		Instant acceptDueAt, Instant acceptedAt, UUID dealRegistrationId, Instant createdAt, long version) {
}
