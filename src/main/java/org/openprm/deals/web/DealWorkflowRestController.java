package org.openprm.deals.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.openprm.deals.DealDecisions;
import org.openprm.deals.DealManagement;
import org.openprm.deals.web.DealPayloads.AnswerRequest;
import org.openprm.deals.web.DealPayloads.ApproveRequest;
import org.openprm.deals.web.DealPayloads.ExtensionDecisionRequest;
import org.openprm.deals.web.DealPayloads.ProtectionExtensionRequest;
import org.openprm.deals.web.DealPayloads.OptionalReasonRequest;
import org.openprm.deals.web.DealPayloads.QuestionRequest;
import org.openprm.deals.web.DealPayloads.ReasonRequest;
import org.openprm.deals.web.DealPayloads.RegistrationResponse;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The status changes of a deal registration. Illegal transitions answer 409; decisions are vendor
 * staff's (a partner gets 403 on its own registration).
 */
@RestController
@RequestMapping("/api/v1/deal-registrations/{registrationId}")
@Tag(name = "Deal registrations")
class DealWorkflowRestController {

	private final DealManagement deals;

	private final DealDecisions decisions;

	DealWorkflowRestController(DealManagement deals, DealDecisions decisions) {
		this.deals = deals;
		this.decisions = decisions;
	}

	@PostMapping("/submit")
	@Operation(summary = "Submit a draft")
	RegistrationResponse submit(@PathVariable UUID registrationId) {
		return RegistrationResponse.of(deals.submit(registrationId));
	}

	@PostMapping("/review")
	@Operation(summary = "Start reviewing a submitted registration (vendor staff)")
	RegistrationResponse review(@PathVariable UUID registrationId) {
		return RegistrationResponse.of(decisions.startReview(registrationId));
	}

	@PostMapping("/request-info")
	@Operation(summary = "Ask the partner for more information (vendor staff)")
	RegistrationResponse requestInfo(@PathVariable UUID registrationId, @Valid @RequestBody QuestionRequest request) {
		return RegistrationResponse.of(decisions.requestInformation(registrationId, request.question()));
	}

	@PostMapping("/respond")
	@Operation(summary = "Answer the vendor's question; the registration is submitted again")
	RegistrationResponse respond(@PathVariable UUID registrationId, @Valid @RequestBody AnswerRequest request) {
		return RegistrationResponse.of(deals.respond(registrationId, request.answer()));
	}

	@PostMapping("/approve")
	@Operation(summary = "Approve (vendor staff); protectionDays overrides the configured protection period")
	RegistrationResponse approve(@PathVariable UUID registrationId,
			@Valid @RequestBody(required = false) ApproveRequest request) {
		return RegistrationResponse.of(decisions.approve(registrationId, request == null ? null : request.protectionDays()));
	}

	@PostMapping("/reject")
	@Operation(summary = "Reject with a reason (vendor staff)")
	RegistrationResponse reject(@PathVariable UUID registrationId, @Valid @RequestBody ReasonRequest request) {
		return RegistrationResponse.of(decisions.reject(registrationId, request.reason()));
	}

	@PostMapping("/won")
	@Operation(summary = "Mark an approved deal won")
	RegistrationResponse won(@PathVariable UUID registrationId) {
		return RegistrationResponse.of(deals.win(registrationId));
	}

	@PostMapping("/lost")
	@Operation(summary = "Mark an approved deal lost, with a reason")
	RegistrationResponse lost(@PathVariable UUID registrationId, @Valid @RequestBody ReasonRequest request) {
		return RegistrationResponse.of(deals.lose(registrationId, request.reason()));
	}

	@PostMapping("/withdraw")
	@Operation(summary = "Withdraw the registration; frees the customer for others")
	RegistrationResponse withdraw(@PathVariable UUID registrationId,
			@Valid @RequestBody(required = false) OptionalReasonRequest request) {
		return RegistrationResponse.of(deals.withdraw(registrationId, request == null ? null : request.reason()));
	}

	@PostMapping("/extension")
	@Operation(summary = "Ask for a longer protection period, with a reason")
	RegistrationResponse requestExtension(@PathVariable UUID registrationId, @Valid @RequestBody ProtectionExtensionRequest request) {
		return RegistrationResponse.of(deals.requestExtension(registrationId, request.days(), request.reason()));
	}

	@PostMapping("/extension/approve")
	@Operation(summary = "Grant the requested extension (vendor staff); days overrides what was asked for")
	RegistrationResponse approveExtension(@PathVariable UUID registrationId,
			@Valid @RequestBody(required = false) ExtensionDecisionRequest request) {
		return RegistrationResponse.of(decisions.approveExtension(registrationId, request == null ? null : request.days()));
	}

	@PostMapping("/extension/decline")
	@Operation(summary = "Decline the requested extension (vendor staff)")
	RegistrationResponse declineExtension(@PathVariable UUID registrationId) {
		return RegistrationResponse.of(decisions.declineExtension(registrationId));
	}
}
