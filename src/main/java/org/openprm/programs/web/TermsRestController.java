package org.openprm.programs.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.openprm.programs.Benefits;
import org.openprm.programs.Requirement;
import org.openprm.programs.TierRequirements;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * What tiers require and give, and how a programme handles compliance; vendor staff change them.
 */
@RestController
@Tag(name = "Programmes")
class TermsRestController {

	private final TierRequirements requirements;

	TermsRestController(TierRequirements requirements) {
		this.requirements = requirements;
	}

	record TermsRequest(@NotNull List<Requirement> requirements, Benefits benefits) {
	}

	record SettingsRequest(boolean approvalRequired, @Min(0) @Max(730) int graceDays, @Min(0) @Max(100) int atRiskPercent) {
	}

	@GetMapping("/api/v1/programs/{programId}/tiers/{tierId}/terms")
	@Operation(summary = "A tier's requirements (effective-dated) and benefits")
	TierRequirements.TierTerms terms(@PathVariable UUID programId, @PathVariable UUID tierId) {
		return requirements.terms(programId, tierId);
	}

	@PutMapping("/api/v1/programs/{programId}/tiers/{tierId}/terms")
	@Operation(summary = "Replace a tier's requirements and benefits (vendor staff)")
	TierRequirements.TierTerms replace(@PathVariable UUID programId, @PathVariable UUID tierId,
			@Valid @RequestBody TermsRequest request) {
		return requirements.replace(programId, tierId, request.requirements(), request.benefits());
	}

	@GetMapping("/api/v1/programs/{programId}/compliance-settings")
	@Operation(summary = "How the programme handles compliance: approval of tier changes, grace days, risk margin")
	TierRequirements.ComplianceSettings settings(@PathVariable UUID programId) {
		return requirements.settings(programId);
	}

	@PutMapping("/api/v1/programs/{programId}/compliance-settings")
	@Operation(summary = "Change how the programme handles compliance (vendor staff)")
	TierRequirements.ComplianceSettings configure(@PathVariable UUID programId, @Valid @RequestBody SettingsRequest request) {
		return requirements.configure(programId, new TierRequirements.ComplianceSettings(request.approvalRequired(),
				request.graceDays(), request.atRiskPercent()));
	}
}
