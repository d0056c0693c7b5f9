package org.openprm.leads.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.openprm.leads.LeadDraft;
import org.openprm.leads.LeadStatus;
import org.openprm.leads.LeadView;

/**
 * The JSON payloads of the lead API.
 */
final class LeadPayloads {

	private LeadPayloads() {
	}

	record LeadRequest(String company, String contactName, String email, String phone, String country, String region,
			String postalCode, BigDecimal latitude, BigDecimal longitude, List<String> productInterest, String source,
			Integer companySize, BigDecimal estimatedValue, String currency, UUID programId) {

		LeadDraft draft() {
			return new LeadDraft(company, contactName, email, phone, country, region, postalCode, latitude, longitude,
					productInterest, source, companySize, estimatedValue, currency, programId);
		}
	}

	/** The public web form: {@code website} is a honeypot field people never see and bots fill in. */
	record WebLeadRequest(String company, String contactName, String email, String phone, String country,
			String postalCode, List<String> productInterest, String message, String website) {

		LeadDraft draft() {
			return new LeadDraft(company, contactName, email, phone, country, null, postalCode, null, null,
					productInterest, "web", null, null, null, null);
		}
	}

	record LeadReasonRequest(@NotBlank @Size(max = 1000) String reason) {
	}

	record LeadProgressRequest(@NotNull LeadStatus status, @Size(max = 1000) String reason) {
	}

	record LeadConvertRequest(BigDecimal amount, LocalDate expectedCloseDate) {
	}

	record LeadAssignRequest(@NotNull UUID partnerId) {
	}

	record LeadHighValueRequest(boolean highValue, @Size(max = 1000) String supportOffer) {
	}

	record LeadCapacityRequest(int capacity, Integer maximum) {
	}

	record LeadResponse(UUID id, String status, UUID assignedPartnerId, String assignedPartnerName, String company,
			String contactName, String email, String phone, String country, String region, String postalCode,
			Double latitude, Double longitude, List<String> productInterest, String source, BigDecimal estimatedValue,
			String currency, UUID programId, int score, String grade, boolean highValue, String supportOffer,
			String statusReason, UUID duplicateOf, Instant acceptDueAt, UUID dealRegistrationId, Instant createdAt) {

		static LeadResponse of(LeadView v) {
			return new LeadResponse(v.id(), v.status().name(), v.assignedPartnerId(), v.assignedPartnerName(), v.company(),
					v.contactName(), v.email(), v.phone(), v.country(), v.region(), v.postalCode(), v.latitude(),
					v.longitude(), v.productInterest(), v.source(), v.estimatedValue(), v.currency(), v.programId(),
					v.score(), v.grade(), v.highValue(), v.supportOffer(), v.statusReason(), v.duplicateOf(),
					v.acceptDueAt(), v.dealRegistrationId(), v.createdAt());
		}
	}

	record WebLeadReceivedResponse(String status) {
	}
}
