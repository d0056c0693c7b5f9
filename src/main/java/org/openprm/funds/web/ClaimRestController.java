package org.openprm.funds.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.openprm.funds.ClaimDraft;
import org.openprm.funds.ClaimView;
import org.openprm.funds.FundClaims;
import org.openprm.funds.web.FundPayloads.FundApprovalRequest;
import org.openprm.funds.web.FundPayloads.ClaimPaymentRequest;
import org.openprm.funds.web.FundPayloads.FundReasonRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Claims: review, payment, proof files and the finance export of approved, unpaid claims. */
@RestController
@RequestMapping("/api/v1/claims")
@Tag(name = "Fund claims")
class ClaimRestController {

	private final FundClaims claims;

	ClaimRestController(FundClaims claims) {
		this.claims = claims;
	}

	@GetMapping
	@Operation(summary = "Claims in the caller's scope, newest first")
	List<ClaimView> list() {
		return claims.claims();
	}

	@GetMapping("/export")
	@Operation(summary = "Finance export of approved, unpaid claims: format csv (default) or xlsx")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String format) {
		boolean xlsx = "xlsx".equalsIgnoreCase(format);
		List<ClaimView> unpaid = claims.approvedUnpaid();
		byte[] body = xlsx ? ClaimExport.xlsx(unpaid) : ClaimExport.csv(unpaid);
		return ResponseEntity.ok()
			.contentType(xlsx ? MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
					: new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("approved-unpaid-claims." + (xlsx ? "xlsx" : "csv")).build().toString())
			.body(body);
	}

	@GetMapping("/{claimId}")
	@Operation(summary = "One claim with its proof files, status and next step")
	ClaimView claim(@PathVariable UUID claimId) {
		return claims.claim(claimId);
	}

	@PostMapping("/{claimId}/approve")
	@Operation(summary = "Approve all or part (approvedAmount) of a claim (vendor staff)")
	ClaimView approve(@PathVariable UUID claimId, @Valid @RequestBody(required = false) FundApprovalRequest request) {
		return claims.approve(claimId, request == null ? null : request.approvedAmount());
	}

	@PostMapping("/{claimId}/return")
	@Operation(summary = "Return a claim for correction, with a reason (vendor staff)")
	ClaimView returnForCorrection(@PathVariable UUID claimId, @Valid @RequestBody FundReasonRequest request) {
		return claims.returnForCorrection(claimId, request.reason());
	}

	@PostMapping("/{claimId}/deny")
	@Operation(summary = "Deny a claim with a reason (vendor staff)")
	ClaimView deny(@PathVariable UUID claimId, @Valid @RequestBody FundReasonRequest request) {
		return claims.deny(claimId, request.reason());
	}

	@PostMapping("/{claimId}/pay")
	@Operation(summary = "Record the payment of an approved claim with its reference (vendor staff)")
	ClaimView pay(@PathVariable UUID claimId, @Valid @RequestBody ClaimPaymentRequest request) {
		return claims.pay(claimId, request.reference());
	}

	@PostMapping(path = "/{claimId}/resubmit", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Correct and resubmit a returned claim (multipart: amount, invoiceNumber, more files)")
	ClaimView resubmit(@PathVariable UUID claimId, @RequestParam(required = false) BigDecimal amount,
			@RequestParam(required = false) String invoiceNumber, @RequestParam(required = false) Integer leadsGenerated,
			@RequestParam(required = false) String campaignCode, @RequestParam(required = false) List<String> leadIds,
			@RequestPart(name = "files", required = false) List<MultipartFile> files) {
		return claims.resubmit(claimId, new ClaimDraft(amount, invoiceNumber, leadsGenerated, campaignCode, leadIds),
				Uploads.of(files));
	}

	@GetMapping("/{claimId}/files/{fileId}")
	@Operation(summary = "Download a proof file, always as an attachment with the detected type")
	ResponseEntity<byte[]> download(@PathVariable UUID claimId, @PathVariable UUID fileId) {
		return ProofFileResponses.of(claims.download(claimId, fileId));
	}
}
