package org.openprm.programs.web.agreements;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.openprm.programs.AgreementAcceptanceView;
import org.openprm.programs.AgreementAcceptances;
import org.openprm.programs.AgreementManagement;
import org.openprm.programs.PartnerAgreement;
import org.openprm.programs.web.agreements.AgreementPayloads.AcceptRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A partner's agreements over REST: pending and accepted, accept, the acceptance as PDF, and the
 * acceptance history within the caller's scope. The API is not gated by pending agreements (see
 * {@code AgreementGate}); integrations keep working and can read what is pending here.
 */
@RestController
@Tag(name = "Agreements")
class AgreementRestController {

	private final AgreementManagement agreements;

	private final AgreementAcceptances acceptances;

	AgreementRestController(AgreementManagement agreements, AgreementAcceptances acceptances) {
		this.agreements = agreements;
		this.acceptances = acceptances;
	}

	@GetMapping("/api/v1/partners/{partnerId}/agreements")
	@Operation(summary = "The agreements a partner needs, pending first, each with its acceptance if accepted")
	List<PartnerAgreement> agreements(@PathVariable UUID partnerId) {
		return agreements.agreements(partnerId);
	}

	@PostMapping("/api/v1/partners/{partnerId}/agreements/{templateVersionId}/accept")
	@Operation(summary = "Accept the current version of an agreement by typing your full name (partner admins)")
	ResponseEntity<AgreementAcceptanceView> accept(@PathVariable UUID partnerId, @PathVariable UUID templateVersionId,
			@Valid @RequestBody AcceptRequest request, HttpServletRequest http) {
		AgreementAcceptanceView accepted = agreements.accept(partnerId, templateVersionId, request.fullName(),
				http.getRemoteAddr());
		return ResponseEntity.created(URI.create("/api/v1/partners/" + partnerId + "/agreements/acceptances/"
				+ accepted.id())).body(accepted);
	}

	@GetMapping("/api/v1/partners/{partnerId}/agreements/acceptances/{acceptanceId}")
	@Operation(summary = "Read an acceptance with the evidence kept")
	AgreementAcceptanceView acceptance(@PathVariable UUID partnerId, @PathVariable UUID acceptanceId) {
		return agreements.acceptance(partnerId, acceptanceId);
	}

	@GetMapping(value = "/api/v1/partners/{partnerId}/agreements/acceptances/{acceptanceId}/pdf",
			produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The acceptance as a PDF: the accepted text and the evidence kept")
	ResponseEntity<byte[]> pdf(@PathVariable UUID partnerId, @PathVariable UUID acceptanceId) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", "attachment; filename=\"agreement-" + acceptanceId + ".pdf\"")
			.body(agreements.pdf(partnerId, acceptanceId));
	}

	@GetMapping("/api/v1/agreement-acceptances")
	@Operation(summary = "Acceptance history within the caller's scope, newest first (optional partnerId filter)")
	List<AgreementAcceptanceView> history(@RequestParam(required = false) UUID partnerId) {
		return acceptances.history(partnerId);
	}

	@GetMapping(value = "/api/v1/agreement-acceptances/export", produces = "text/csv")
	@Operation(summary = "Export the acceptance history within the caller's scope as CSV")
	void export(@RequestParam(required = false) UUID partnerId, HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"agreement-acceptances.csv\"");
		acceptances.exportCsv(partnerId, new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
	}

	@PostMapping("/api/v1/agreement-acceptances/{acceptanceId}/countersign")
	@Operation(summary = "Counter-sign an acceptance (vendor staff; once)")
	AgreementAcceptanceView countersign(@PathVariable UUID acceptanceId) {
		return acceptances.countersign(acceptanceId);
	}
}
