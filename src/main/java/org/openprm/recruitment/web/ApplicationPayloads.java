package org.openprm.recruitment.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.openprm.partners.PartnerType;
import org.openprm.recruitment.ApplicationDraft;
import org.openprm.recruitment.ApplicationHistoryEntry;
import org.openprm.recruitment.ApplicationStatus;
import org.openprm.recruitment.ApplicationView;
import org.openprm.recruitment.DuplicateFlag;
import org.openprm.recruitment.RoutingRuleDraft;
import org.openprm.recruitment.RoutingRuleView;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The JSON payloads of the application and routing rule API.
 */
final class ApplicationPayloads {

	private ApplicationPayloads() {
	}

	/**
	 * A public application. {@code language} (en or de) picks the consent text the applicant agrees to;
	 * {@code nickname} is a honeypot that people leave empty.
	 */
	record ApplicationRequest(String company, String website, @Schema(example = "DE") String country,
			List<String> regions, PartnerType partnerType, String capabilities, String products, UUID programmeId,
			@Schema(minimum = "0") BigDecimal expectedYearlyVolume, @Schema(example = "EUR") String currency,
			String contactName, @Schema(format = "email") String contactEmail, @Schema(example = "+49 30 1234567") String contactPhone,
			@Schema(description = "must be true: the applicant agrees to the consent text") boolean consent,
			@Schema(example = "en") String language, @Schema(description = "leave empty") String nickname) {

		ApplicationDraft toDraft() {
			return new ApplicationDraft(company, website, country, regions, partnerType, capabilities, products,
					programmeId, expectedYearlyVolume, currency, contactName, contactEmail, contactPhone, consent,
					language == null ? Locale.ENGLISH : Locale.forLanguageTag(language));
		}
	}

	record ApplicationReceipt(UUID id, String status) {
	}

	record ApplicationApprovalRequest(UUID programmeId, UUID tierId) {
	}

	record ApplicationRejectionRequest(String reason) {
	}

	record ApplicationQuestionRequest(String question) {
	}

	record ApplicationResponse(UUID id, String company, String website, String country, List<String> regions,
			PartnerType partnerType, String capabilities, String products, UUID programmeId,
			BigDecimal expectedYearlyVolume, String currency, String contactName, String contactEmail,
			String contactPhone, String consentText, ApplicationStatus status, UUID assigneeId, String assigneeName,
			String queue, Instant submittedAt, Instant reviewDueAt, boolean overdue, String question, String answer,
			String decisionReason, UUID partnerId, UUID approvedProgrammeId, UUID approvedTierId,
			List<DuplicateFlag> duplicates, long version) {

		static ApplicationResponse of(ApplicationView v) {
			return new ApplicationResponse(v.id(), v.company(), v.website(), v.country(), v.regions(), v.partnerType(),
					v.capabilities(), v.products(), v.programmeId(), v.expectedYearlyVolume(), v.currency(),
					v.contactName(), v.contactEmail(), v.contactPhone(), v.consentText(), v.status(), v.assigneeId(),
					v.assigneeName(), v.queue(), v.submittedAt(), v.reviewDueAt(), v.overdue(), v.question(), v.answer(),
					v.decisionReason(), v.partnerId(), v.approvedProgrammeId(), v.approvedTierId(), v.duplicates(),
					v.version());
		}
	}

	record ApplicationHistoryResponse(Instant at, String actor, String action, String detail) {

		static ApplicationHistoryResponse of(ApplicationHistoryEntry e) {
			return new ApplicationHistoryResponse(e.at(), e.actor(), e.action(), e.detail());
		}
	}

	/** A routing rule: empty criteria match everything; exactly one of assigneeId and queue. */
	record RoutingRuleRequest(String name, @Schema(minimum = "0") int priority, @Schema(example = "DE") String country,
			String region, PartnerType partnerType, UUID programmeId, UUID assigneeId,
			@Schema(example = "partner-team") String queue) {

		RoutingRuleDraft toDraft() {
			return new RoutingRuleDraft(name, priority, country, region, partnerType, programmeId, assigneeId, queue);
		}
	}

	record RoutingRuleResponse(UUID id, String name, int priority, String country, String region,
			PartnerType partnerType, UUID programmeId, UUID assigneeId, String assigneeName, String queue, long version) {

		static RoutingRuleResponse of(RoutingRuleView v) {
			return new RoutingRuleResponse(v.id(), v.name(), v.priority(), v.country(), v.region(), v.partnerType(),
					v.programmeId(), v.assigneeId(), v.assigneeName(), v.queue(), v.version());
		}
	}
}
