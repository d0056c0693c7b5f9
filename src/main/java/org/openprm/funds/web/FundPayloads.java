package org.openprm.funds.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.openprm.funds.FundDraft;
import org.openprm.funds.FundRequestDraft;

/** JSON payloads of the funds API. Business rules are checked by the facades, after the scope. */
final class FundPayloads {

	private FundPayloads() {
	}

	/**
	 * A fund: at most one target (partnerId, programId, tier (a tier id), segmentId or region (ISO country
	 * codes, e.g. ["DE","AT","CH"])); none is a shared pool.
	 */
	record FundCreationRequest(@NotBlank @Size(max = 200) String name, @NotNull LocalDate periodStart, @NotNull LocalDate periodEnd,
			@NotBlank @Size(max = 3) String currency, BigDecimal amount, UUID partnerId, UUID programId, UUID tier,
			UUID segmentId, @Size(max = 100) List<@Size(max = 2) String> region, BigDecimal accrualPercent,
			Boolean carryOver) {

		FundDraft draft() {
			return new FundDraft(name, periodStart, periodEnd, currency, amount, partnerId, programId, tier, segmentId,
					region, accrualPercent, Boolean.TRUE.equals(carryOver));
		}
	}

	record FundAdjustmentRequest(UUID partnerId, @NotNull BigDecimal amount, @NotBlank @Size(max = 500) String reason) {
	}

	/** Imported sales of a partner: the fund's accrual percentage of them is earned. */
	record FundSalesRequest(@NotNull UUID partnerId, @NotNull BigDecimal amount, @Size(max = 3) String currency,
			@Size(max = 200) String reference) {
	}

	record FundActivityRequest(@NotNull UUID fundId, UUID partnerId, @Size(max = 100) String activityType,
			@Size(max = 100) String theme, @Size(max = 200) String title, @Size(max = 4000) String description,
			LocalDate startsOn, LocalDate endsOn, BigDecimal requestedAmount, @Size(max = 3) String currency,
			Integer costSharePercent, Integer expectedLeads, BigDecimal expectedPipeline,
			@Size(max = 60) String campaignCode) {

		FundRequestDraft draft() {
			return new FundRequestDraft(fundId, partnerId, activityType, theme, title, description, startsOn, endsOn,
					requestedAmount, currency, costSharePercent, expectedLeads, expectedPipeline, campaignCode);
		}
	}

	record FundApprovalRequest(BigDecimal approvedAmount) {
	}

	record FundReasonRequest(@Size(max = 1000) String reason) {
	}

	record ClaimPaymentRequest(@Size(max = 200) String reference) {
	}

	record FundChoiceRequest(@NotBlank @Size(max = 20) String kind, @NotBlank @Size(max = 100) String name) {
	}

	record FundChoicesResponse(List<String> activityTypes, List<String> themes) {
	}

	record FundDealLinkRequest(@NotNull UUID registrationId) {
	}

	record FxRateRequest(@Size(max = 3) String base, @Size(max = 3) String quote, LocalDate effectiveOn, BigDecimal rate) {
	}
}
