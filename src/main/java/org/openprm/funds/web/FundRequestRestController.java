package org.openprm.funds.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.openprm.funds.ClaimDraft;
import org.openprm.funds.ClaimView;
import org.openprm.funds.FundClaims;
import org.openprm.funds.FundRequestView;
import org.openprm.funds.FundRequests;
import org.openprm.funds.web.FundPayloads.FundActivityRequest;
import org.openprm.funds.web.FundPayloads.FundApprovalRequest;
import org.openprm.funds.web.FundPayloads.FundChoiceRequest;
import org.openprm.funds.web.FundPayloads.FundChoicesResponse;
import org.openprm.funds.web.FundPayloads.FundReasonRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Fund requests (pre-approval of a marketing activity), their decisions, and claims against them. */
@RestController
@Tag(name = "Fund requests")
class FundRequestRestController {

	private final FundRequests requests;

	private final FundClaims claims;

	private final org.openprm.funds.FundRoi roi;

	FundRequestRestController(FundRequests requests, FundClaims claims, org.openprm.funds.FundRoi roi) {
		this.roi = roi;
		this.requests = requests;
		this.claims = claims;
	}

	@PostMapping("/api/v1/fund-requests")
	@Operation(summary = "Propose a marketing activity against a fund (vendor staff: with partnerId)")
	ResponseEntity<FundRequestView> submit(@Valid @RequestBody FundActivityRequest request) {
		FundRequestView created = requests.submit(request.draft());
		return ResponseEntity.created(URI.create("/api/v1/fund-requests/" + created.id())).body(created);
	}

	@GetMapping("/api/v1/fund-requests")
	@Operation(summary = "Fund requests in the caller's scope, newest first")
	List<FundRequestView> list() {
		return requests.requests();
	}

	@GetMapping("/api/v1/fund-requests/{requestId}")
	@Operation(summary = "One fund request with its status and next step")
	FundRequestView request(@PathVariable UUID requestId) {
		return requests.request(requestId);
	}

	@PutMapping("/api/v1/fund-requests/{requestId}")
	@Operation(summary = "Change and resubmit a request that was returned for changes")
	FundRequestView resubmit(@PathVariable UUID requestId, @Valid @RequestBody FundActivityRequest request) {
		return requests.resubmit(requestId, request.draft());
	}

	@PostMapping("/api/v1/fund-requests/{requestId}/approve")
	@Operation(summary = "Approve all or part (approvedAmount) of a request; large ones need two approvers (vendor staff)")
	FundRequestView approve(@PathVariable UUID requestId, @Valid @RequestBody(required = false) FundApprovalRequest request) {
		return requests.approve(requestId, request == null ? null : request.approvedAmount());
	}

	@PostMapping("/api/v1/fund-requests/{requestId}/reject")
	@Operation(summary = "Reject a request with a reason (vendor staff)")
	FundRequestView reject(@PathVariable UUID requestId, @Valid @RequestBody FundReasonRequest request) {
		return requests.reject(requestId, request.reason());
	}

	@PostMapping("/api/v1/fund-requests/{requestId}/return")
	@Operation(summary = "Return a request to the partner for changes, with a reason (vendor staff)")
	FundRequestView returnForChanges(@PathVariable UUID requestId, @Valid @RequestBody FundReasonRequest request) {
		return requests.returnForChanges(requestId, request.reason());
	}

	@PostMapping(path = "/api/v1/fund-requests/{requestId}/claims", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Claim the costs of an approved activity with proof files (multipart: amount, invoiceNumber, files)")
	ResponseEntity<ClaimView> claim(@PathVariable UUID requestId, @RequestParam(required = false) BigDecimal amount,
			@RequestParam(required = false) String invoiceNumber, @RequestParam(required = false) Integer leadsGenerated,
			@RequestParam(required = false) String campaignCode, @RequestParam(required = false) List<String> leadIds,
			@RequestPart(name = "files", required = false) List<MultipartFile> files) {
		ClaimView created = claims.submit(requestId, new ClaimDraft(amount, invoiceNumber, leadsGenerated, campaignCode,
				leadIds), Uploads.of(files));
		return ResponseEntity.created(URI.create("/api/v1/claims/" + created.id())).body(created);
	}

	@PostMapping("/api/v1/fund-requests/{requestId}/deals")
	@Operation(summary = "Link a deal registration of the same partner to the activity, for ROI")
	ResponseEntity<Void> linkDeal(@PathVariable UUID requestId,
			@Valid @RequestBody FundPayloads.FundDealLinkRequest request) {
		roi.link(requestId, request.registrationId());
		return ResponseEntity.created(URI.create("/api/v1/funds/roi")).build();
	}

	@GetMapping("/api/v1/fund-choices")
	@Operation(summary = "The vendor's approved activity types and marketing themes")
	FundChoicesResponse choices() {
		return new FundChoicesResponse(requests.activityTypes(), requests.themes());
	}

	@PostMapping("/api/v1/fund-choices")
	@Operation(summary = "Add an activity type (kind ACTIVITY_TYPE) or theme (kind THEME) to the lists (vendor staff)")
	ResponseEntity<FundChoicesResponse> addChoice(@Valid @RequestBody FundChoiceRequest request) {
		requests.addChoice(request.kind(), request.name());
		return ResponseEntity.created(URI.create("/api/v1/fund-choices")).body(choices());
	}
}
