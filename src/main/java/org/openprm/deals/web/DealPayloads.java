package org.openprm.deals.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.openprm.deals.ConflictCandidate;
import org.openprm.deals.ConflictCheck;
import org.openprm.deals.CreditRole;
import org.openprm.deals.DealChanges;
import org.openprm.deals.DealDraft;
import org.openprm.deals.DealStage;
import org.openprm.deals.DealStatus;
import org.openprm.deals.DealView;
import org.openprm.deals.EndCustomer;
import org.openprm.deals.PartnerCredit;
import org.openprm.deals.ProductLine;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON payloads of the deal registration API. Requests hold only what the caller may set: never
 * a status, never conflict results.
 */
final class DealPayloads {

	private DealPayloads() {
	}

	record CustomerRequest(@NotBlank @Size(max = 200) String name, @Size(max = 253) String domain,
			@Size(max = 2) String country, @Size(max = 120) String city, @Size(max = 20) String postalCode,
			@Size(max = 200) String street, @Size(max = 200) String contactName, @Size(max = 320) String contactEmail,
			@Size(max = 40) String phone) {

		EndCustomer toCustomer() {
			return new EndCustomer(name, domain, country, city, postalCode, street, contactName, contactEmail, phone);
		}
	}

	record LineRequest(@Size(max = 60) String productCode, @Size(max = 200) String productName, BigDecimal quantity,
			BigDecimal unitPrice) {

		ProductLine toLine() {
			return new ProductLine(productCode, productName, quantity, unitPrice);
		}
	}

	/**
	 * A registration. {@code partnerId}: whom a distributor or vendor staff register for (empty: the
	 * caller's organisation); {@code distributorId}: the distributor a reseller buys through;
	 * {@code draft}: true keeps it as a draft instead of submitting it.
	 */
	record RegistrationRequest(UUID partnerId, UUID distributorId, @NotNull @Valid CustomerRequest customer,
			@Size(max = 100) List<@Valid LineRequest> lines, BigDecimal amount, @Size(max = 3) String currency,
			LocalDate expectedCloseDate, DealStage stage, @Size(max = 4000) String description, Boolean draft) {

		DealDraft toDraft() {
			return new DealDraft(partnerId, distributorId, customer.toCustomer(), toLines(lines), amount, currency,
					expectedCloseDate, stage, description, !Boolean.TRUE.equals(draft));
		}
	}

	/** A two-way update: only the fields sent change. */
	record UpdateRequest(DealStage stage, BigDecimal amount, @Size(max = 3) String currency, LocalDate expectedCloseDate,
			@Size(max = 4000) String description, @Size(max = 100) List<@Valid LineRequest> lines,
			@Valid CustomerRequest customer) {

		DealChanges toChanges() {
			return new DealChanges(stage, amount, currency, expectedCloseDate, description,
					lines == null ? null : toLines(lines), customer == null ? null : customer.toCustomer());
		}
	}

	record ConflictCheckRequest(@NotNull @Valid CustomerRequest customer) {
	}

	/** Vendor staff get {@code candidates}, partners only {@code possibleConflict}. */
	record ConflictCheckResponse(@JsonInclude(JsonInclude.Include.NON_NULL) Boolean possibleConflict,
			@JsonInclude(JsonInclude.Include.NON_NULL) List<ConflictCandidate> candidates) {

		static ConflictCheckResponse of(ConflictCheck check) {
			return check.candidates() == null ? new ConflictCheckResponse(check.possibleConflict(), null)
					: new ConflictCheckResponse(null, check.candidates());
		}
	}

	record ApproveRequest(@Min(1) @Max(3650) Integer protectionDays) {
	}

	record ReasonRequest(@NotBlank @Size(max = 1000) String reason) {
	}

	record OptionalReasonRequest(@Size(max = 1000) String reason) {
	}

	record QuestionRequest(@NotBlank @Size(max = 4000) String question) {
	}

	record AnswerRequest(@NotBlank @Size(max = 4000) String answer) {
	}

	record ProtectionExtensionRequest(@Min(1) @Max(3650) int days, @NotBlank @Size(max = 1000) String reason) {
	}

	record ExtensionDecisionRequest(@Min(1) @Max(3650) Integer days) {
	}

	record CommentRequest(@NotBlank @Size(max = 4000) String body) {
	}

	record CreditRequest(@NotNull UUID partnerId, @NotNull CreditRole role) {

		PartnerCredit toCredit() {
			return new PartnerCredit(partnerId, role);
		}
	}

	record CreditsRequest(@NotNull @Size(max = 20) List<@Valid @NotNull CreditRequest> credits) {
	}

	/** A registration; {@code conflicts} only for vendor staff; {@code protectionDaysLeft} only while approved. */
	record RegistrationResponse(UUID id, DealStatus status, String statusReason, UUID partnerId, String partnerName,
			UUID distributorId, UUID registeredBy, EndCustomer customer, List<ProductLine> lines, BigDecimal amount,
			String currency, LocalDate expectedCloseDate, DealStage stage, String description, boolean firstToRegister,
			boolean possibleConflict, @JsonInclude(JsonInclude.Include.NON_NULL) List<ConflictCandidate> conflicts,
			Instant submittedAt, Instant reviewDueAt, Instant approvedAt, Instant protectedUntil,
			@JsonInclude(JsonInclude.Include.NON_NULL) Integer protectionDaysLeft, DealView.ExtensionRequest extensionRequest, List<PartnerCredit> credits, Instant createdAt,
			Instant updatedAt, long version) {

		static RegistrationResponse of(DealView d) {
			return new RegistrationResponse(d.id(), d.status(), d.statusReason(), d.partnerId(), d.partnerName(),
					d.distributorId(), d.registeredBy(), d.customer(), d.lines(), d.amount(), d.currency(),
					d.expectedCloseDate(), d.stage(), d.description(), d.firstToRegister(), d.possibleConflict(),
					d.conflicts(), d.submittedAt(), d.reviewDueAt(), d.approvedAt(), d.protectedUntil(),
					d.protectionDaysLeft(), d.extensionRequest(), d.credits(), d.createdAt(), d.updatedAt(), d.version());
		}
	}

	private static List<ProductLine> toLines(List<LineRequest> lines) {
		return lines == null ? List.of() : lines.stream().map(l -> l == null ? null : l.toLine()).toList();
	}
}
